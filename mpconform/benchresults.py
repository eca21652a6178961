"""The outcome of one benchmark on one target: the value the benchmark workload produces and the bench reports,
baseline gate and plot consume. Like results.py it lives below both, so reports never import the workload."""
from __future__ import annotations

import enum
import statistics
from dataclasses import asdict, dataclass

__all__ = ["BenchStatus", "BenchResult"]


class BenchStatus(str, enum.Enum):
    OK = "ok"                    # ran, checksum right: its times and memory count
    SKIP = "skip"                # printed SKIP, or the target lacks a feature the header names
    NEEDS_HEAP = "needs-heap"    # MemoryError at the size tried: a resource limit of the target, not a failure
    NEEDS_STACK = "needs-stack"  # recursion limit at the size tried (small boards allow a few call levels)
    WRONG = "wrong"              # ran, but its checksum differs from the oracle's or the declared one
    TIMEOUT = "timeout"          # did not end within its timeout
    CRASH = "crash"              # the target died under it
    ERROR = "error"              # the harness could not measure it: it raised, printed nothing, malformed output

    @property
    def is_limit(self) -> bool:
        """A resource limit of the target (reported, never counted as the harness's or the program's failure)."""
        return self in (BenchStatus.NEEDS_HEAP, BenchStatus.NEEDS_STACK)

    @property
    def is_bad(self) -> bool:
        return self in (BenchStatus.WRONG, BenchStatus.TIMEOUT, BenchStatus.CRASH, BenchStatus.ERROR)


@dataclass(frozen=True)
class BenchResult:
    """One (benchmark, target): the size run, per-repeat times measured inside the target, heap figures."""

    __test__ = False

    bench: str                       # benchmark id: file stem, or path below the folder given
    target: str                      # target label
    status: BenchStatus
    n: int = 0                       # the size timed (after calibration)
    times: tuple[float, ...] = ()    # seconds per repeat, measured by the target's own clock
    checksum: str = ""
    memory: int | None = None        # peak heap of one run, bytes above what was allocated before it
    memory_method: str = ""          # how `memory` was measured on this target (harness.MEMORY_METHODS)
    min_heap: int | None = None      # smallest heap (bytes) it still ran in, by bisection at size heap_n
    heap_n: int = 0                  # the size min_heap was found at
    host_probe: float | None = None  # seconds a fixed loop took on the host around the timing run
                                     # (conformance/perf/hostspeed.py): how busy the machine was then;
                                     # None where the target's clock is not the host's (a board)
    reason: str = ""                 # why it is not ok, or what else the harness noticed

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.times else None

    @property
    def best(self) -> float | None:
        return min(self.times) if self.times else None

    @property
    def spread(self) -> float | None:
        """Median absolute deviation of the repeats, relative to their median (0.02 = 2 %)."""
        med = self.median
        if not med or len(self.times) < 2:
            return None
        return statistics.median(abs(t - med) for t in self.times) / med

    def to_json(self) -> dict:
        d = asdict(self)
        d["status"] = self.status.value
        d["times"] = list(self.times)
        return d

    @classmethod
    def from_json(cls, d: dict) -> "BenchResult":
        d = dict(d)
        d["status"] = BenchStatus(d["status"])
        d["times"] = tuple(d.get("times", ()))
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})
