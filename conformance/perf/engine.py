"""The benchmark workload: each benchmark on each target, timed and weighed inside the target, checked against
the oracle's checksum, its minimum heap bisected; over the same runner pools as the suite and the fuzzer.

One program runs at a time, whatever the targets: two measurements sharing the machine's cores would
measure each other. A benchmark that fails (raises, prints nothing, never ends) costs its own result only.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from mpconform.benchresults import BenchResult, BenchStatus
from mpconform.conformance.capabilities import Capabilities
from mpconform.runners import (HarnessError, LinkError, Outcome, Program, Runner, Status, TargetSpec,
                               TargetUnavailable, parse_target, runner_class)
from mpconform.runners.pool import Pool

from .harness import MEMORY_METHODS, Report, ReportError, build_program, parse_report
from .hostspeed import probed
from .minheap import bisect_heap, probe_with_pool
from .programs import Benchmark, BenchFormatError, bench_id, load_benchmark

__all__ = ["BenchConfig", "BenchReport", "BenchEngine", "SMALL_HEAP"]

#: A target with less free heap than this runs each benchmark from its `small=` size.
SMALL_HEAP = 64 * 1024


@dataclass(frozen=True)
class BenchConfig:
    files: tuple[Path, ...]
    roots: tuple[Path, ...]
    targets: tuple[TargetSpec, ...]
    oracle: str = "cpython"
    budget: float = 0.05                 # seconds one repeat should take at least (calibration)
    repeats: int = 5
    warmup: int = 1
    timeout: float = 60.0                # seconds per program unless the benchmark's header says
    sizes: Mapping[tuple[str, str], int] = field(default_factory=dict)   # (bench, target) → fixed n
    memory: bool = True                  # measure the peak heap of one run
    min_heap: bool = True                # bisect the minimum heap where the target takes heapsize=


@dataclass
class BenchReport:
    results: list[BenchResult]
    targets: dict[str, dict]
    problems: list[str] = field(default_factory=list)
    interrupted: bool = False


class _Failed(Exception):
    """A measurement that ended in a status other than ok (its reason is the message)."""

    def __init__(self, status: BenchStatus, reason: str) -> None:
        super().__init__(reason)
        self.status = status


class BenchEngine:
    """Runs a BenchConfig; `on_result` sees each result as soon as it is known (progress)."""

    def __init__(self, config: BenchConfig, on_result: Callable[[BenchResult], None] | None = None,
                 on_start: Callable[[str, str], None] | None = None) -> None:
        self.config = config
        self.on_result = on_result or (lambda r: None)
        self.on_start = on_start or (lambda bench, target: None)
        self.problems: list[str] = []
        self._specs = tuple(_measuring(s) for s in config.targets)
        self._pool = Pool(self._specs, jobs=1)
        self._oracle_spec = parse_target(config.oracle)
        self._oracle = Pool([self._oracle_spec], jobs=1)
        self._expected: dict[tuple[str, int], str] = {}
        self._targets: dict[str, dict] = {}
        self._caps: dict[str, Capabilities] = {}
        self._stop = threading.Event()

    # -- public --------------------------------------------------------------------------------------------
    def check_targets(self) -> None:
        """Raise TargetUnavailable for the first target (or the oracle) that cannot run here."""
        for spec in (*self.config.targets, self._oracle_spec):
            why = runner_class(spec.name).availability(spec)
            if why:
                raise TargetUnavailable(why, target=spec.label)

    @property
    def labels(self) -> list[str]:
        return self._pool.labels

    def load(self) -> tuple[list[Benchmark], list[BenchResult]]:
        """The benchmarks that load, and an error result per target for each file that does not (a file's
        problem is recorded once, however often this is asked)."""
        good, bad = [], []
        seen = set(self.problems)
        for path in self.config.files:
            ident = bench_id(path, self.config.roots)
            try:
                good.append(load_benchmark(path, ident))
            except BenchFormatError as exc:
                if str(exc) not in seen:
                    self.problems.append(str(exc))
                bad += [BenchResult(ident, label, BenchStatus.ERROR, reason=str(exc)) for label in self._pool.labels]
        return good, bad

    def run(self) -> BenchReport:
        """Measure every benchmark on every target, one after another. The runners stay open (for
        `remeasure`) until `close`."""
        benchmarks, results = self.load()
        for r in results:
            self.on_result(r)
        interrupted = False
        try:
            for label in self._pool.labels:
                for bench in benchmarks:
                    if self._stop.is_set():
                        break
                    self.on_start(bench.id, label)
                    result = self.measure(bench, label)
                    results.append(result)
                    self.on_result(result)
        except KeyboardInterrupt:
            interrupted = True
            self.close()
        return BenchReport(results, dict(self._targets), self.problems, interrupted)

    def remeasure(self, bench: Benchmark, target: str, n: int) -> BenchResult:
        """Time `bench` on `target` again at size n (the gate confirms a suspected regression this way)."""
        return self._guarded(bench, target, lambda runner, info: self._time(bench, target, runner, info, n))

    def measure(self, bench: Benchmark, target: str) -> BenchResult:
        """Everything about one benchmark on one target: time, then memory and minimum heap if it ran."""
        def steps(runner: Runner, info: dict) -> BenchResult:
            skip = self._feature_skip(bench, target, runner)
            if skip:
                return BenchResult(bench.id, target, BenchStatus.SKIP, reason=skip)
            n = self.config.sizes.get((bench.id, target)) or (bench.header.small if info["small"] else bench.header.n)
            result = self._time(bench, target, runner, info, n, calibrate=(bench.id, target) not in self.config.sizes)
            if result.status is not BenchStatus.OK:
                return result
            if self.config.memory:
                result = self._memory(bench, runner, info, result)
            if self.config.min_heap and runner.sized_heap:
                result = self._min_heap(bench, target, result)
            return result
        return self._guarded(bench, target, steps)

    def close(self) -> None:
        self._pool.close()
        self._oracle.close()

    # -- the steps -----------------------------------------------------------------------------------------
    def _guarded(self, bench: Benchmark, target: str, steps: Callable[[Runner, dict], BenchResult]) -> BenchResult:
        """Run `steps` on a runner of `target`; whatever goes wrong costs this one result."""
        try:
            runner = self._pool.take(target)
        except HarnessError as exc:
            return BenchResult(bench.id, target, BenchStatus.ERROR, reason=f"target could not run it: {exc}")
        try:
            info = self._info(target, runner)
            return steps(runner, info)
        except _Failed as exc:
            return BenchResult(bench.id, target, exc.status, reason=str(exc))
        except LinkError as exc:
            self._pool.lose(target, runner, str(exc))
            runner = None
            return BenchResult(bench.id, target, BenchStatus.ERROR, reason=f"link lost: {exc}")
        except HarnessError as exc:
            return BenchResult(bench.id, target, BenchStatus.ERROR, reason=f"harness: {exc}")
        finally:
            if runner is not None:
                self._pool.give(target, runner)

    def _info(self, target: str, runner: Runner) -> dict:
        """Who the target is and what it can do, learnt once from its first runner."""
        if target not in self._targets:
            caps = self._caps[target] = Capabilities()
            ident = runner.identity()
            free = caps.free_heap(runner.run)
            method = "tracemalloc" if ident.implementation == "cpython" else "gc"
            described = MEMORY_METHODS[method] + (" (the reference's heap model)" if runner.name == "ref" else "")
            self._targets[target] = {
                "implementation": ident.implementation, "version": ident.version, "platform": ident.platform,
                "machine": ident.machine, "runner": runner.name, "free_heap": free,
                "small": free is not None and free < SMALL_HEAP, "memory_method": method,
                "memory_described": described}
        return self._targets[target]

    def _feature_skip(self, bench: Benchmark, target: str, runner: Runner) -> str:
        for feature in sorted(bench.header.features):
            present, detail = self._caps[target].has(feature, runner.run)
            if not present:
                return f"target lacks feature {feature}" + (f" ({detail})" if detail else "")
        return ""

    def _timeout(self, bench: Benchmark) -> float:
        return bench.header.timeout or self.config.timeout

    def _time(self, bench: Benchmark, target: str, runner: Runner, info: dict, n: int,
              calibrate: bool = False) -> BenchResult:
        cfg = self.config
        program = build_program(bench.source, bench.path.name, "time", n=n, timeout=self._timeout(bench),
                                budget_us=int(cfg.budget * 1e6) if calibrate else 0, cap=bench.header.max,
                                warmup=cfg.warmup, repeats=cfg.repeats)
        if runner.on_host_cpu:
            outcome, host = probed(lambda: runner.run(program))
        else:
            outcome, host = runner.run(program), None
        report = self._report(outcome, program, n)
        if report.n is None or report.checksum is None or len(report.times_us) < cfg.repeats:
            raise _Failed(BenchStatus.ERROR, _missing(report, cfg.repeats))
        if report.checksum == "None":
            raise _Failed(BenchStatus.ERROR, "bench(n) returned None: it must return a checksum of its result")
        self._check(bench, report.n, report.checksum)
        return BenchResult(bench.id, target, BenchStatus.OK, n=report.n, checksum=report.checksum,
                           times=tuple(t / 1e6 for t in report.times_us), host_probe=host)

    def _memory(self, bench: Benchmark, runner: Runner, info: dict, result: BenchResult) -> BenchResult:
        program = build_program(bench.source, bench.path.name, "memory", n=result.n, timeout=self._timeout(bench),
                                memory=info["memory_method"])
        try:
            report = self._report(runner.run(program), program, result.n)
            if report.memory is None:
                raise _Failed(BenchStatus.ERROR, "printed no '@mpc mem' line")
        except _Failed as exc:
            return replace(result, reason=f"memory not measured: {exc}")
        return replace(result, memory=max(0, report.memory), memory_method=info["memory_method"])

    def _min_heap(self, bench: Benchmark, target: str, result: BenchResult) -> BenchResult:
        n = bench.header.small
        program = build_program(bench.source, bench.path.name, "once", n=n, timeout=self._timeout(bench))
        try:
            expected = self._expected_checksum(bench, n)
        except _Failed as exc:
            return replace(result, reason=f"minimum heap not found: {exc}")

        def judge(outcome: Outcome) -> tuple[bool | None, str]:
            if outcome.is_memory_limit:
                return False, "MemoryError"
            try:
                report = self._report(outcome, program, n)
            except _Failed as exc:
                return (False if exc.status.is_limit else None), str(exc)
            if report.checksum is None or not self._agrees(bench, report.checksum, expected):
                return None, f"checksum {report.checksum!r}, expected {expected!r}"
            return True, ""

        spec = next(s for s in self._specs if s.label == target)
        search = bisect_heap(probe_with_pool(spec, program, judge))
        if search.min_heap is None:
            return replace(result, reason=f"minimum heap not found: {search.note}", heap_n=n)
        return replace(result, min_heap=search.min_heap, heap_n=n)

    # -- judging -------------------------------------------------------------------------------------------
    def _report(self, outcome: Outcome, program: Program, n: int) -> Report:
        """The harness lines of a run that ended normally; _Failed with the status and reason otherwise."""
        try:
            report = parse_report(outcome.stdout)
        except ReportError as exc:
            raise _Failed(BenchStatus.ERROR, f"malformed harness output: {exc}") from None
        at = f" at n={report.tried[-1] if report.tried else report.n or n}"
        last = _last_line(outcome.stdout)
        if outcome.status is Status.OK:
            return report
        if outcome.status is Status.SKIP:
            raise _Failed(BenchStatus.SKIP, "the benchmark printed SKIP")
        if outcome.status is Status.TIMEOUT:
            raise _Failed(BenchStatus.TIMEOUT, f"did not end within {program.timeout:g}s{at}")
        if outcome.status is Status.CRASH:
            raise _Failed(BenchStatus.CRASH, f"the target crashed{at}: {outcome.note or last}")
        if outcome.status is Status.INTERNAL:
            raise _Failed(BenchStatus.ERROR, f"the target failed internally{at}: {outcome.note}")
        if outcome.is_memory_limit:
            raise _Failed(BenchStatus.NEEDS_HEAP, f"needs more heap: MemoryError{at}")
        if outcome.exc_type == "RecursionError" or "maximum recursion depth" in last:
            raise _Failed(BenchStatus.NEEDS_STACK, f"needs more stack: {last}{at}")
        if b"SKIP" in outcome.stdout.split(b"\n")[:1]:
            raise _Failed(BenchStatus.SKIP, "the benchmark printed SKIP")
        raise _Failed(BenchStatus.ERROR, f"raised {outcome.exc_type or 'an exception'}{at}: {last}")

    def _check(self, bench: Benchmark, n: int, checksum: str) -> None:
        expected = self._expected_checksum(bench, n)
        if not self._agrees(bench, checksum, expected):
            raise _Failed(BenchStatus.WRONG, f"wrong checksum at n={n}: {checksum!r}, expected {expected!r}"
                                             f" ({'declared' if bench.header.expect else 'CPython'})")

    @staticmethod
    def _agrees(bench: Benchmark, got: str, expected: str) -> bool:
        if got == expected:
            return True
        if not bench.header.tolerance:
            return False
        try:
            a, b = float(got), float(expected)
        except ValueError:
            return False
        return abs(a - b) <= bench.header.tolerance * abs(b)

    def _expected_checksum(self, bench: Benchmark, n: int) -> str:
        if bench.header.expect is not None:
            return bench.header.expect
        key = (bench.id, n)
        if key not in self._expected:
            program = build_program(bench.source, bench.path.name, "once", n=n, timeout=self._timeout(bench))
            try:
                with self._oracle.runner(self._oracle_spec.label) as oracle:
                    outcome = oracle.run(program)
                report = self._report(outcome, program, n)
            except (_Failed, HarnessError) as exc:
                raise _Failed(BenchStatus.ERROR, f"no checksum to check against: the oracle "
                                                 f"{self._oracle_spec.label} failed at n={n}: {exc}") from None
            if report.checksum is None:
                raise _Failed(BenchStatus.ERROR, f"the oracle printed no checksum at n={n}")
            self._expected[key] = report.checksum
        return self._expected[key]


def _measuring(spec: TargetSpec) -> TargetSpec:
    """`spec` with the options its runner wants when programs time themselves (its label unchanged)."""
    given = {k for k, _ in spec.options}
    extra = tuple(kv for kv in runner_class(spec.name).measuring_options if kv[0] not in given)
    return replace(spec, options=spec.options + extra) if extra else spec


def _last_line(stdout: bytes) -> str:
    lines = [ln for ln in stdout.decode("utf-8", "replace").replace("\r", "").split("\n") if ln.strip()]
    return lines[-1].strip()[:200] if lines else "(no output)"


def _missing(report: Report, repeats: int) -> str:
    if report.n is None and report.checksum is None and not report.times_us:
        what = f"; it printed: {report.other[:120]!r}" if report.other else ""
        return f"printed nothing the harness reads (no '@mpc' lines){what}"
    if report.checksum is None:
        return "printed no checksum: bench(n) must return one"
    return f"printed {len(report.times_us)} of {repeats} repeat times"
