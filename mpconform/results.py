"""The verdict of one test on one target: the value the suite produces and every report and the baseline gate
consume. It lives below both (neither conformance/ nor reports/ owns it), so reports never import the suite."""
from __future__ import annotations

import enum
from dataclasses import asdict, dataclass

__all__ = ["Verdict", "TestResult", "RANK", "is_regression"]


class Verdict(str, enum.Enum):
    PASS = "pass"
    FAIL = "fail"
    SKIP = "skip"
    TIMEOUT = "timeout"
    CRASH = "crash"
    XFAIL = "xfail"      # failed, and the target's expectations file says it should, with a reason
    XPASS = "xpass"      # listed as expected to fail, but passed
    ERROR = "error"      # the harness could not judge it (bad test file, link broke)
    NOTRUN = "notrun"    # the run was aborted before this test (board gone); recorded, not lost

    @property
    def is_bad(self) -> bool:
        """Counts against the run's exit code (without a baseline)."""
        return self in (Verdict.FAIL, Verdict.TIMEOUT, Verdict.CRASH, Verdict.ERROR)


#: How good a verdict is, for baseline comparison: a drop from PASS is a regression.
RANK: dict[Verdict, int] = {
    Verdict.PASS: 5, Verdict.XPASS: 5, Verdict.SKIP: 3, Verdict.XFAIL: 2, Verdict.NOTRUN: 1,
    Verdict.FAIL: 0, Verdict.TIMEOUT: 0, Verdict.CRASH: 0, Verdict.ERROR: 0,
}


def is_regression(before: "Verdict", after: "Verdict") -> bool:
    """pass → anything worse is a regression; everything else is not gated."""
    return before in (Verdict.PASS, Verdict.XPASS) and RANK[after] < RANK[before]


@dataclass(frozen=True)
class TestResult:
    """One (test, target) verdict with the evidence a maintainer needs to act on it."""

    __test__ = False  # not a pytest class

    test: str                 # path relative to the suite root, '/'-separated
    target: str               # target label, e.g. "unix" or "serial:/dev/ttyACM0"
    verdict: Verdict
    duration: float = 0.0     # seconds on the target
    reason: str = ""          # why: skip reason, xfail reason, harness error, timeout
    expected: str | None = None
    actual: str | None = None
    diff: str = ""            # unified diff expected → actual, on FAIL/XPASS-worthy mismatch
    board: str = ""           # which pool member ran it
    retried: bool = False     # re-run once after a reconnect

    def to_json(self) -> dict:
        d = asdict(self)
        d["verdict"] = self.verdict.value
        return d

    @classmethod
    def from_json(cls, d: dict) -> "TestResult":
        d = dict(d)
        d["verdict"] = Verdict(d["verdict"])
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})
