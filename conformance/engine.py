"""The suite engine: runs every (test, target) pair on pools of runners, judges, journals, never loses a result."""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import dataclasses

from mpconform.results import TestResult, Verdict
from mpconform.runners import (HarnessError, LinkError, Outcome, Program, Runner, TargetSpec, TargetUnavailable,
                               parse_target, runner_class)
from mpconform.runners.pool import Pool, run_all

from .capabilities import Capabilities
from .discovery import BUNDLED_SUITE, TestCase
from .evaluate import Evaluator, TargetFacts
from .expectations import Expectations, expectations_for_run
from .expected import ExpectedOutputs
from .journal import Journal

__all__ = ["RunConfig", "RunReport", "Engine", "SuiteTarget"]


@dataclass(frozen=True)
class RunConfig:
    tests: tuple[TestCase, ...]
    targets: tuple[TargetSpec, ...]
    jobs: int = 1
    timeout: float = 10.0
    oracle: str = "cpython"
    cache_dir: Path | None = None
    journal: Path | None = None
    resume: bool = False
    expectations: tuple[Path, ...] = ()
    max_output: int = 1 << 20
    library: tuple[Path, ...] = ()   # folders put on each target's module path (micropython-lib's unittest)
    batch: int = 16                  # tests per batch on targets that run several in one process (1: none)

    def run_key(self) -> dict:
        """What must match for --resume to continue a journal."""
        return {"tests": [t.id for t in self.tests], "roots": sorted({str(t.root) for t in self.tests}),
                "targets": [t.text for t in self.targets], "oracle": self.oracle, "timeout": self.timeout,
                **({"library": [str(p) for p in self.library]} if self.library else {})}


@dataclass
class RunReport:
    results: list[TestResult]
    targets: dict[str, dict]
    problems: list[str] = field(default_factory=list)
    interrupted: bool = False


class SuiteTarget:
    """What the suite keeps about one target label: its expectations, the tests still to run on it, who it
    is and what it can do (learnt from its first runner), and why it stopped, if every runner was lost."""

    def __init__(self, label: str, spec: TargetSpec, instances: int, roots: set[Path],
                 extra_expectations: list[Path], problems: list[str]) -> None:
        self.label = label
        self.instances = instances
        name = spec.option("expect") or spec.name
        self.expectations: Expectations = expectations_for_run(name, roots, extra_expectations, problems)
        self.queue: queue.Queue[TestCase] = queue.Queue()
        self.lock = threading.Lock()
        self.identity: dict | None = None
        self.caps: Capabilities | None = None
        self.abort_reason = ""
        self.lost: list[str] = []      # "board: why" for each runner lost midway (its tests went to the others)
        self.named_boards = False      # pool members with different target strings (a farm): results name them

    def facts(self) -> TargetFacts:
        return TargetFacts(self.label, self.expectations, self.caps, (self.identity or {}).get("semantics", ""))

    def info(self) -> dict:
        info = dict(self.identity or {})
        info["instances"] = self.instances
        if self.caps:
            info["capabilities"] = self.caps.snapshot()
        if self.abort_reason:
            info["aborted"] = self.abort_reason
        if self.lost:
            info["lost"] = list(self.lost)
        return info


class Engine:
    """Runs a RunConfig; `on_result` sees each result as soon as it is known (progress, live output)."""

    def __init__(self, config: RunConfig, on_result: Callable[[TestResult], None] | None = None) -> None:
        self.config = config
        self.on_result = on_result or (lambda r: None)
        self.problems: list[str] = []
        self._results: list[TestResult] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._pool = Pool(config.targets, config.jobs)
        oracle = parse_target(config.oracle)
        # As many oracle runners as there can be tests waiting for an expected output at once; started on
        # demand (the expected-output cache makes most runs need one or none).
        self._oracle = Pool([oracle], jobs=sum(self._pool.size(lb) for lb in self._pool.labels))
        self._oracle_label = oracle.label
        self._eval: Evaluator | None = None

    # -- public --------------------------------------------------------------------------------------------
    def check_targets(self) -> None:
        """Raise TargetUnavailable for the first requested target (or the oracle) that cannot run here."""
        for spec in (*self.config.targets, parse_target(self.config.oracle)):
            why = runner_class(spec.name).availability(spec)
            if why:
                raise TargetUnavailable(why, target=spec.label)

    def prepare(self) -> dict[str, SuiteTarget]:
        """Each target's bookkeeping and the oracle, ready for `evaluate` (used by `run` and the pytest plugin)."""
        roots = {t.root for t in self.config.tests} or {BUNDLED_SUITE}
        first = {}
        for spec in self.config.targets:
            first.setdefault(spec.label, spec)
        targets = {label: SuiteTarget(label, spec, self._pool.size(label), roots, list(self.config.expectations),
                                      self.problems) for label, spec in first.items()}
        for label, target in targets.items():
            target.named_boards = len({s.text for s in self._pool.specs(label)}) > 1
        expected = ExpectedOutputs(self._run_oracle, self._oracle_version(), self.config.cache_dir,
                                   timeout=self.config.timeout)
        self._eval = Evaluator(expected, timeout=self.config.timeout, max_output=self.config.max_output,
                               library=self.config.library, roots=roots, problems=self.problems)
        return targets

    def start_instance(self, target: SuiteTarget) -> Runner:
        """A runner of this target, taken from the pool; the first one also tells who the target is. Raises
        what starting it raised (the pool then counts that instance lost)."""
        runner = self._pool.take(target.label)
        with target.lock:
            if target.identity is None:
                target.identity = _identity(runner)
                target.caps = Capabilities()
        return runner

    def evaluate(self, target: SuiteTarget, runner: Runner, test: TestCase) -> TestResult:
        """Run and judge one test on one runner (LinkError propagates: the caller decides on retry)."""
        assert self._eval is not None, "prepare() first"
        return self._eval.evaluate(target.facts(), runner, [test])[0]

    def close(self) -> None:
        self._pool.close()
        self._oracle.close()

    def run(self) -> RunReport:
        cfg = self.config
        known = {t.id for t in cfg.tests}
        targets = self.prepare()
        journal = Journal(cfg.journal, cfg.run_key(), resume=cfg.resume) if cfg.journal else None
        done = journal.previous if journal else {}
        for (test_id, label), result in done.items():
            if label in targets and test_id in known:
                self._results.append(result)
        for target in targets.values():
            for test in cfg.tests:
                if (test.id, target.label) not in done:
                    target.queue.put(test)
        threads = [threading.Thread(target=self._serve, args=(target, journal), daemon=True,
                                    name=f"{target.label}#{i}")
                   for target in targets.values() for i in range(target.instances)]
        interrupted = False
        try:
            for t in threads:
                t.start()
            for t in threads:
                while t.is_alive():
                    t.join(0.2)
        except KeyboardInterrupt:
            interrupted = True
            self._stop.set()
        finally:
            self._stop.set()
            self.close()
            for t in threads:
                t.join(5)
            if journal:
                journal.close()
        results = sorted(self._results, key=lambda r: (r.test, r.target))
        return RunReport(results, {label: t.info() for label, t in targets.items()}, self.problems, interrupted)

    # -- the oracle ----------------------------------------------------------------------------------------
    def _oracle_version(self) -> str:
        with self._oracle.runner(self._oracle_label) as runner:
            ident = runner.identity()
        return f"{ident.implementation}-{ident.version}"

    def _run_oracle(self, programs: list[Program]) -> list[Outcome | HarnessError]:
        """The programs on one oracle runner: one batch where there are several (each alone if the batch fails)."""
        with self._oracle.runner(self._oracle_label) as runner:
            return run_all(runner, programs, batch=True)

    # -- the worker loop -----------------------------------------------------------------------------------
    def _serve(self, target: SuiteTarget, journal: Journal | None) -> None:
        """One worker thread: tests off the target's queue onto one runner; a runner whose link is lost is
        replaced by another of the pool's (or the next one free), until the queue is empty or none is left."""
        runner: Runner | None = None
        try:
            while not self._stop.is_set():
                if runner is None:
                    try:
                        runner = self.start_instance(target)
                    except Exception:  # noqa: BLE001 - it could not start (the pool counted it lost), or none is left
                        return
                tests = self._take(target, runner)
                if not tests:
                    return
                if len(tests) > 1:
                    results = self._chunk(target, runner, tests)
                else:
                    results = self._lone(target, runner, tests[0])
                    if results is None:  # the run stopped, or the runner was lost (its test went back on the queue)
                        if self._stop.is_set():
                            return
                        runner = None
                        continue
                if self._stop.is_set():
                    return  # stopped under the tests (their runner closed): no verdict; --resume runs them again
                if target.named_boards:  # a farm's boards have target strings of their own: results name them
                    results = [dataclasses.replace(r, board=runner.spec.text) for r in results]
                for result in results:
                    self._record(result, journal)
        finally:
            if runner is not None:
                self._pool.give(target.label, runner)
            self._abort_if_lost(target, journal)

    def _take(self, target: SuiteTarget, runner: Runner) -> list[TestCase]:
        """The next tests for this runner: a chunk where the runner runs several programs in one process (small
        enough that every runner of the target still gets a share of what is left), else one."""
        size = 1
        if self.config.batch > 1 and type(runner).shares_process(runner.spec):
            size = max(1, min(self.config.batch, target.queue.qsize() // (2 * target.instances)))
        tests = []
        for _ in range(size):
            try:
                tests.append(target.queue.get_nowait())
            except queue.Empty:
                break
        return tests

    def _chunk(self, target: SuiteTarget, runner: Runner, tests: list[TestCase]) -> list[TestResult]:
        assert self._eval is not None
        try:
            return self._eval.evaluate(target.facts(), runner, tests, batch=True)
        except Exception as exc:  # a bug in a runner must cost these verdicts, never the rest of the run
            return [_broken(test, target, runner, exc) for test in tests]

    def _lone(self, target: SuiteTarget, runner: Runner, test: TestCase) -> list[TestResult] | None:
        """One test; a lost link is retried once, then the runner is lost and the test goes back on the queue
        for another (None)."""
        try:
            return [self.evaluate(target, runner, test)]
        except LinkError as first:
            try:
                return [dataclasses.replace(self.evaluate(target, runner, test), retried=True)]
            except LinkError as second:
                if self._stop.is_set():
                    return None  # the run was stopped and its runners closed: not a board lost
                target.queue.put(test)  # another board may still take it
                why = f"link lost and not recovered: {second} (after: {first})"
                with target.lock:
                    target.lost.append(f"{runner.spec.text}: {why}")
                self._pool.lose(target.label, runner, why)
                return None
        except HarnessError as exc:
            return [TestResult(test.id, target.label, Verdict.ERROR, reason=str(exc))]
        except Exception as exc:
            return [_broken(test, target, runner, exc)]

    def _abort_if_lost(self, target: SuiteTarget, journal: Journal | None) -> None:
        """With no runner left for this target, every remaining test is recorded, as not run, with the reason
        (not when the run was stopped: the tests left are then for --resume)."""
        why = self._pool.lost(target.label)
        with target.lock:
            if not why or target.abort_reason or self._stop.is_set():
                return
            target.abort_reason = why
        self.problems.append(f"{target.label}: {why}; remaining tests recorded as not run")
        while True:
            try:
                test = target.queue.get_nowait()
            except queue.Empty:
                return
            self._record(TestResult(test.id, target.label, Verdict.NOTRUN, reason=why), journal)

    def _record(self, result: TestResult, journal: Journal | None) -> None:
        if journal:
            journal.record(result)
        with self._lock:
            self._results.append(result)
        self.on_result(result)


def _broken(test: TestCase, target: SuiteTarget, runner: Runner, exc: Exception) -> TestResult:
    return TestResult(test.id, target.label, Verdict.ERROR,
                      reason=f"harness error in runner {runner.name}: {type(exc).__name__}: {exc}")


def _identity(runner: Runner) -> dict:
    try:
        ident = runner.identity()
    except HarnessError as exc:
        return {"implementation": "unknown", "error": str(exc)}
    return {"implementation": ident.implementation, "version": ident.version, "platform": ident.platform,
            "machine": ident.machine, "runner": runner.name, "semantics": runner.semantics()}
