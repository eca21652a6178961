"""Gating benchmark results on a baseline without crying wolf: what got slower or hungrier beyond a threshold.

Time. A machine only ever adds time to a run (other processes, caches, frequency changes), so the repeats'
minimum is the least noisy estimate of what the code costs, and their median says whether the run as a
whole moved. A benchmark is reported slower only when all of these hold:

- its fastest repeat and its median are both more than `threshold` slower than the baseline's;
- the medians differ by more than a noise floor in absolute time (the target's clock resolution, and
  `time_floor`: a few microseconds more on a 40 µs run is the clock, not the code);
- with four repeats or more on both sides, the exact one-sided Mann-Whitney U test (bench_stats) finds the
  two sets of repeats different at `alpha`: a few outliers cannot make a regression on their own.

A busy machine stretches a run: a target sharing the host's cores with other jobs (another test worker,
a neighbour VM stealing the CPU, a sibling hyper-thread) is slower by what they take, and neither wall time
nor the process's CPU time shows it reliably (CPU time grows too under steal and shared caches). So each
timing run on the host's cores is bracketed by a fixed host loop (conformance/perf/hostspeed.py,
`BenchResult.host_probe`); a slowdown counts only if it is beyond the threshold both as measured and after
allowing for how much slower the host ran its loop than at the baseline's time (a speed-up likewise, for a
host that got faster). Boards on a serial link keep their own clock and are compared as measured.

Minimum and median together keep one disturbed repeat (or one lucky one in the baseline) from deciding,
the threshold keeps real-but-tiny changes from failing a build, and the rank test asks for evidence from
the whole spread rather than one number. pyperf's advice (many processes, means) needs many more runs than
a CI job on a board can pay for; min-of-N with a floor is what fits a handful of repeats. What is left is a
machine slowed as a whole during one run: the command times each suspected regression again, up to three
times a second apart, and reports it only if every measurement agrees (mpconform/bench_cmd.py).

Memory. Heap figures are counts, not timings: the same build gives the same numbers, up to the collector's
conservative stack scan. A peak or a minimum heap is reported larger when it grew by more than
`memory_threshold` and by more than `memory_floor` bytes.

A benchmark that ran in the baseline and now does not (wrong checksum, needs more heap, crashes) is a
regression whatever its numbers. Improvements are listed by the same rules, mirrored.
"""
from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from mpconform.benchresults import BenchResult, BenchStatus

from .bench_stats import mann_whitney_greater

__all__ = ["Thresholds", "BenchChange", "BenchComparison", "compare_bench", "format_bench_comparison",
           "parse_thresholds"]


@dataclass(frozen=True)
class Thresholds:
    time: float = 0.25            # a fraction: 0.25 = 25 % slower
    memory: float = 0.10
    time_floor: float = 100e-6    # seconds
    memory_floor: int = 512       # bytes
    alpha: float = 0.01


def parse_thresholds(text: str, base: Thresholds = Thresholds()) -> Thresholds:
    """`25%`, `0.25`, or `time=25%,memory=10%` → Thresholds; ValueError with the accepted forms."""
    values = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, sep, value = part.rpartition("=")
        keys = [key] if sep else ["time", "memory"]
        if sep and key not in ("time", "memory"):
            raise ValueError(f"threshold: unknown metric {key!r}; expected time=X or memory=X")
        try:
            number = float(value[:-1]) / 100 if value.endswith("%") else float(value)
        except ValueError:
            raise ValueError(f"threshold: expected a fraction or percentage such as 0.25 or 25%, got {value!r}") from None
        if not 0 < number < 100:
            raise ValueError(f"threshold: expected a positive fraction, got {value!r}")
        values.update(dict.fromkeys(keys, number))
    return Thresholds(values.get("time", base.time), values.get("memory", base.memory), base.time_floor,
                      base.memory_floor, base.alpha)


@dataclass(frozen=True)
class BenchChange:
    """One benchmark on one target that moved: which metric, from what to what."""

    bench: str
    target: str
    metric: str                 # "time", "memory", "min_heap" or "status"
    before: float | str
    after: float | str
    ratio: float | None = None  # after / before (medians for time)
    p: float | None = None      # the rank test's p-value, where it was made
    note: str = ""

    def describe(self) -> str:
        if self.metric == "status":
            return f"{self.bench} on {self.target}: {self.before} → {self.after}" + (f" ({self.note})" if self.note else "")
        if self.metric == "time":
            what = f"median {_ms(self.before)} → {_ms(self.after)}"
        else:
            what = f"{'peak heap' if self.metric == 'memory' else 'minimum heap'} {self.before:.0f} → {self.after:.0f} bytes"
        extra = [f"×{self.ratio:.2f}"] if self.ratio else []
        if self.p is not None:
            extra.append(f"p={self.p:.3g}")
        return f"{self.bench} on {self.target}: {what} ({', '.join(extra)})" + (f"; {self.note}" if self.note else "")


def _ms(seconds: float | str) -> str:
    return f"{float(seconds) * 1000:.3g} ms"


@dataclass(frozen=True)
class BenchComparison:
    regressions: tuple[BenchChange, ...]
    improvements: tuple[BenchChange, ...]
    not_compared: tuple[str, ...] = ()     # why some pairs could not be compared (size changed, new, gone)

    @property
    def ok(self) -> bool:
        return not self.regressions


def _resolution(times: Iterable[float]) -> float:
    """The clock's step, guessed from the repeats: a port whose ticks_us moves by milliseconds (wasm)
    gives times that are all multiples of 1 ms."""
    us = [round(t * 1e6) for t in times]
    step = 0
    for t in us:
        step = math.gcd(step, t)
    return step / 1e6 if step >= 10 else 1e-6


def _time_change(before: BenchResult, after: BenchResult, th: Thresholds) -> BenchChange | None:
    if not before.times or not after.times:
        return None
    old, new = before.times, after.times
    b_med, a_med = statistics.median(old), statistics.median(new)
    b_min, a_min = min(old), min(new)
    floor = max(th.time_floor, 2 * _resolution(old + new))
    ratio = a_med / b_med if b_med else None
    if abs(a_med - b_med) <= floor or not b_min or not a_min:
        return None
    host = after.host_probe / before.host_probe if before.host_probe and after.host_probe else 1.0
    # beyond the threshold as measured, and after allowing for the host's speed (only where that makes the
    # change smaller: a host's speed explains a change away, it never makes one)
    slower = _beyond(a_min / max(1.0, host), a_med / max(1.0, host), b_min, b_med, th.time)
    faster = _beyond(b_min * min(1.0, host), b_med * min(1.0, host), a_min, a_med, th.time)
    if not (slower or faster):
        return None
    p = None
    if len(before.times) >= 4 and len(after.times) >= 4:
        p = mann_whitney_greater(new, old) if slower else mann_whitney_greater(old, new)
        if p >= th.alpha:
            return None
    note = f"the host ran {host:.2f}× as slow as at the baseline" if abs(host - 1) >= 0.05 else ""
    return BenchChange(after.bench, after.target, "time", b_med, a_med, ratio, p, note)


def _beyond(slow_min: float, slow_med: float, fast_min: float, fast_med: float, threshold: float) -> bool:
    return slow_min > fast_min * (1 + threshold) and slow_med > fast_med * (1 + threshold)


def _memory_change(metric: str, before: int | None, after: int | None, bench: str, target: str,
                   th: Thresholds) -> BenchChange | None:
    if before is None or after is None or abs(after - before) <= th.memory_floor:
        return None
    ratio = after / before if before else None
    if after > before * (1 + th.memory) or after * (1 + th.memory) < before:
        return BenchChange(bench, target, metric, before, after, ratio)
    return None


def compare_bench(baseline: Iterable[BenchResult], current: Iterable[BenchResult],
                  thresholds: Thresholds = Thresholds()) -> BenchComparison:
    """Regressions and improvements of `current` against `baseline`, pair by pair (benchmark, target);
    benchmarks and targets this run did not measure at all (left out by -k or -t) are not compared."""
    current = list(current)
    base = {(r.bench, r.target): r for r in baseline}
    regressions, improvements, skipped = [], [], []
    for now in current:
        before = base.get((now.bench, now.target))
        if before is None:
            skipped.append(f"{now.bench} on {now.target}: not in the baseline")
            continue
        if before.status is BenchStatus.OK and now.status is not BenchStatus.OK:
            regressions.append(BenchChange(now.bench, now.target, "status", before.status.value, now.status.value,
                                           note=now.reason))
            continue
        if now.status is BenchStatus.OK and before.status is not BenchStatus.OK:
            improvements.append(BenchChange(now.bench, now.target, "status", before.status.value, now.status.value))
            continue
        if now.status is not BenchStatus.OK:
            continue
        if before.n != now.n:
            skipped.append(f"{now.bench} on {now.target}: size {now.n} differs from the baseline's {before.n}")
            continue
        changes = [_time_change(before, now, thresholds),
                   _memory_change("memory", before.memory, now.memory, now.bench, now.target, thresholds)]
        if before.heap_n == now.heap_n:
            changes.append(_memory_change("min_heap", before.min_heap, now.min_heap, now.bench, now.target, thresholds))
        for change in filter(None, changes):
            worse = change.ratio is None or change.ratio > 1 if change.metric != "time" else change.after > change.before
            (regressions if worse else improvements).append(change)
    now_keys = {(r.bench, r.target) for r in current}
    benches, targets = {b for b, _ in now_keys}, {t for _, t in now_keys}
    skipped += [f"{b} on {t}: in the baseline, not measured now" for (b, t) in base
                if (b, t) not in now_keys and b in benches and t in targets]   # not what -k or -t left out
    return BenchComparison(tuple(regressions), tuple(improvements), tuple(skipped))


def format_bench_comparison(cmp: BenchComparison, source: str = "the baseline") -> str:
    """What changed against the baseline, for the console."""
    lines = []
    if cmp.regressions:
        lines.append(f"Regressions against {source} ({len(cmp.regressions)}):")
        lines += [f"  - {c.describe()}" for c in cmp.regressions]
    if cmp.improvements:
        lines.append(f"Improvements against {source} ({len(cmp.improvements)}):")
        lines += [f"  + {c.describe()}" for c in cmp.improvements]
    if cmp.not_compared:
        lines.append(f"Not compared ({len(cmp.not_compared)}):")
        lines += [f"  ? {why}" for why in cmp.not_compared]
    if not cmp.regressions and not cmp.improvements:
        lines.insert(0, f"No regression and no improvement against {source}.")
    return "\n".join(lines)
