"""The suite engine: runs every (test, target) pair on pools of runners, judges, journals, never loses a result."""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from mpconform.results import TestResult, Verdict
from mpconform.runners import (HarnessError, LinkError, Program, Runner, TargetSpec, TargetUnavailable, make_runner,
                     parse_target, runner_class)

from .capabilities import Capabilities
from .catalogue import CatalogueError, parse_entry
from .discovery import BUNDLED_SUITE, TestCase, support_files_for
from .expectations import Expectations, expectations_for_run
from .expected import ExpectedError, ExpectedOutputs
from .journal import Journal
from .judge import judge, make_diff, text
from .metadata import MetadataError, TestMeta, parse_header

__all__ = ["RunConfig", "RunReport", "Engine", "TargetPool"]


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

    def run_key(self) -> dict:
        """What must match for --resume to continue a journal."""
        return {"tests": [t.id for t in self.tests], "roots": sorted({str(t.root) for t in self.tests}),
                "targets": [t.text for t in self.targets], "oracle": self.oracle, "timeout": self.timeout}


@dataclass
class RunReport:
    results: list[TestResult]
    targets: dict[str, dict]
    problems: list[str] = field(default_factory=list)
    interrupted: bool = False


class TargetPool:
    """The runner instances behind one target label, with what was learnt about the target."""

    def __init__(self, label: str, specs: list[TargetSpec], jobs: int, roots: set[Path],
                 extra_expectations: list[Path], problems: list[str]) -> None:
        self.label = label
        self.specs = specs
        cls = runner_class(specs[0].name)
        local = getattr(cls, "local", True)
        # Local targets scale with -j; a device pool has exactly the boards it was given.
        self.instance_specs = [s for s in specs for _ in range(s.count)]
        if local and len(self.instance_specs) < jobs:
            self.instance_specs = (self.instance_specs * jobs)[:jobs]
        name = specs[0].option("expect") or specs[0].name
        self.expectations: Expectations = expectations_for_run(name, roots, extra_expectations, problems)
        self.queue: queue.Queue[TestCase] = queue.Queue()
        self.alive = len(self.instance_specs)
        self.lock = threading.Lock()
        self.identity: dict | None = None
        self.caps: Capabilities | None = None
        self.abort_reason = ""

    def info(self) -> dict:
        info = dict(self.identity or {})
        info["instances"] = len(self.instance_specs)
        if self.caps:
            info["capabilities"] = self.caps.snapshot()
        if self.abort_reason:
            info["aborted"] = self.abort_reason
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
        self._runners: list[Runner] = []
        self._oracle_free: queue.Queue[Runner] = queue.Queue()
        self._sources: dict[str, tuple[bytes, TestMeta] | str] = {}
        self._catalogue: dict[str, str | None] = {}

    # -- public --------------------------------------------------------------------------------------------
    def check_targets(self) -> None:
        """Raise TargetUnavailable for the first requested target that cannot run here."""
        for spec in self.config.targets:
            why = runner_class(spec.name).availability(spec)
            if why:
                raise TargetUnavailable(why, target=spec.label)

    def prepare(self) -> dict[str, TargetPool]:
        """Target pools and the oracle, ready for `evaluate` (used by `run` and by the pytest plugin)."""
        pools = self._pools({t.root for t in self.config.tests} or {BUNDLED_SUITE})
        oracle_spec = parse_target(self.config.oracle)
        self._expected = ExpectedOutputs(self._run_oracle, self._oracle_version(oracle_spec), self.config.cache_dir,
                                         timeout=self.config.timeout)
        return pools

    def start_instance(self, pool: TargetPool, spec: TargetSpec) -> Runner:
        """A new runner for one pool member; the first one also learns the target's identity."""
        runner = self._new_runner(spec)
        with pool.lock:
            if pool.identity is None:
                pool.identity = _identity(runner)
                pool.caps = Capabilities()
        return runner

    def evaluate(self, pool: TargetPool, runner: Runner, test: TestCase) -> TestResult:
        """Run and judge one test on one runner (LinkError propagates: the caller decides on retry)."""
        return self._one(pool, runner, test)

    def close(self) -> None:
        self._close_all()

    def run(self) -> RunReport:
        cfg = self.config
        known = {t.id for t in cfg.tests}
        pools = self.prepare()
        journal = Journal(cfg.journal, cfg.run_key(), resume=cfg.resume) if cfg.journal else None
        done = journal.previous if journal else {}
        for (test_id, target), result in done.items():
            if target in pools and test_id in known:
                self._results.append(result)
        for pool in pools.values():
            for test in cfg.tests:
                if (test.id, pool.label) not in done:
                    pool.queue.put(test)
        threads = [threading.Thread(target=self._serve, args=(pool, spec, journal), daemon=True,
                                    name=f"{pool.label}#{i}")
                   for pool in pools.values() for i, spec in enumerate(pool.instance_specs)]
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
            self._close_all()
            for t in threads:
                t.join(5)
            if journal:
                journal.close()
        results = sorted(self._results, key=lambda r: (r.test, r.target))
        return RunReport(results, {label: p.info() for label, p in pools.items()}, self.problems, interrupted)

    # -- pools and runners ---------------------------------------------------------------------------------
    def _pools(self, roots: set[Path]) -> dict[str, TargetPool]:
        grouped: dict[str, list[TargetSpec]] = {}
        for spec in self.config.targets:
            grouped.setdefault(spec.label, []).append(spec)
        return {label: TargetPool(label, specs, self.config.jobs, roots, list(self.config.expectations),
                                  self.problems) for label, specs in grouped.items()}

    def _new_runner(self, spec: TargetSpec) -> Runner:
        runner = make_runner(spec)
        with self._lock:
            self._runners.append(runner)
        return runner

    def _close_all(self) -> None:
        with self._lock:
            runners, self._runners = self._runners, []
        for runner in runners:
            try:
                runner.close()
            except Exception:  # closing is best effort; one stuck runner must not keep the others alive
                pass

    def _oracle_version(self, spec: TargetSpec) -> str:
        runner = self._new_runner(spec)
        ident = runner.identity()
        self._oracle_free.put(runner)
        return f"{ident.implementation}-{ident.version}"

    def _run_oracle(self, program: Program):
        try:
            runner = self._oracle_free.get_nowait()
        except queue.Empty:
            runner = self._new_runner(parse_target(self.config.oracle))
        try:
            return runner.run(program)
        finally:
            self._oracle_free.put(runner)

    # -- the worker loop -----------------------------------------------------------------------------------
    def _serve(self, pool: TargetPool, spec: TargetSpec, journal: Journal | None) -> None:
        runner: Runner | None = None
        try:
            runner = self.start_instance(pool, spec)
        except HarnessError as exc:
            self._lose_instance(pool, journal, f"could not start: {exc}")
            return
        while not self._stop.is_set():
            try:
                test = pool.queue.get_nowait()
            except queue.Empty:
                return
            try:
                result = self._one(pool, runner, test)
            except LinkError as first:
                try:
                    result = self._one(pool, runner, test, retried=True)
                except LinkError as second:
                    pool.queue.put(test)  # another board may still take it
                    self._lose_instance(pool, journal, f"link lost and not recovered: {second} (after: {first})")
                    return
            except HarnessError as exc:
                result = TestResult(test.id, pool.label, Verdict.ERROR, reason=str(exc))
            except Exception as exc:  # a bug in a runner must cost one verdict, never the rest of the run
                result = TestResult(test.id, pool.label, Verdict.ERROR,
                                    reason=f"harness error in runner {runner.name}: {type(exc).__name__}: {exc}")
            self._record(result, journal)

    def _lose_instance(self, pool: TargetPool, journal: Journal | None, why: str) -> None:
        with pool.lock:
            pool.alive -= 1
            last = pool.alive <= 0
            if last:
                pool.abort_reason = why
        if not last:
            return
        # No board left for this target: every remaining test is recorded, as not run, with the reason.
        self.problems.append(f"{pool.label}: {why}; remaining tests recorded as not run")
        while True:
            try:
                test = pool.queue.get_nowait()
            except queue.Empty:
                return
            self._record(TestResult(test.id, pool.label, Verdict.NOTRUN, reason=why), journal)

    def _record(self, result: TestResult, journal: Journal | None) -> None:
        if journal:
            journal.record(result)
        with self._lock:
            self._results.append(result)
        self.on_result(result)

    # -- one test on one runner ----------------------------------------------------------------------------
    def _load(self, test: TestCase) -> tuple[bytes, TestMeta] | str:
        with self._lock:
            cached = self._sources.get(test.id)
        if cached is not None:
            return cached
        try:
            source = test.path.read_bytes()
            try:
                source.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ValueError(f"{test.path}: not UTF-8 text (byte 0x{source[exc.start]:02x} at offset "
                                 f"{exc.start}); test scripts must be UTF-8") from None
            loaded: tuple[bytes, TestMeta] | str = (source, parse_header(test.path, source))
        except OSError as exc:
            loaded = f"{test.path}: cannot read test: {exc.strerror}"
        except (MetadataError, ValueError) as exc:
            loaded = str(exc)
        with self._lock:
            self._sources[test.id] = loaded
        return loaded

    def _known_difference(self, test: TestCase, pool: TargetPool) -> str | None:
        """cpydiff entries are expected to differ on MicroPython-family targets (not on CPython)."""
        if test.area != "cpydiff" or (pool.identity or {}).get("semantics") == "cpython":
            return None
        if test.id not in self._catalogue:
            try:
                entry = parse_entry(test.path)
                self._catalogue[test.id] = f"known difference {entry.id}: {entry.description}"
            except (CatalogueError, OSError) as exc:
                self._catalogue[test.id] = None
                self.problems.append(str(exc))
        return self._catalogue[test.id]

    def _one(self, pool: TargetPool, runner: Runner, test: TestCase, retried: bool = False) -> TestResult:
        loaded = self._load(test)
        if isinstance(loaded, str):
            return TestResult(test.id, pool.label, Verdict.ERROR, reason=loaded)
        source, meta = loaded
        skip = self._capability_skip(pool, meta, runner)
        if skip:
            return TestResult(test.id, pool.label, Verdict.SKIP, reason=skip)
        support = support_files_for(test, source)
        try:
            expected = self._expected.get(test, source, meta.timeout or self.config.timeout, support)
        except ExpectedError as exc:
            return TestResult(test.id, pool.label, Verdict.ERROR, reason=str(exc))
        except HarnessError as exc:
            return TestResult(test.id, pool.label, Verdict.ERROR, reason=f"oracle failed: {exc}")
        program = Program(source=source, filename=test.path.name, directory=test.path.parent,
                          support_files=support, timeout=meta.timeout or self.config.timeout,
                          max_output=self.config.max_output)
        outcome = runner.run(program)
        verdict, reason, diff = judge(outcome, expected, meta, xfail_reason=pool.expectations.reason(test.id),
                                      known_difference=self._known_difference(test, pool))
        keep_output = verdict not in (Verdict.PASS, Verdict.SKIP)
        return TestResult(
            test.id, pool.label, verdict, duration=outcome.duration, reason=reason,
            expected=text(expected.output) if keep_output else None,
            actual=text(outcome.stdout) if keep_output else None,
            diff=diff if diff or not keep_output else make_diff(expected.output, outcome.stdout),
            board=threading.current_thread().name, retried=retried or outcome.retried)

    def _capability_skip(self, pool: TargetPool, meta: TestMeta, runner: Runner) -> str:
        caps = pool.caps
        if caps is None:
            return ""
        for feature in sorted(meta.features):
            present, detail = caps.has(feature, runner.run)
            if not present:
                return f"target lacks feature {feature}" + (f" ({detail})" if detail else "")
        if meta.heap:
            free = caps.free_heap(runner.run)
            if free is not None and free < meta.heap:
                return f"needs {meta.heap} bytes of heap, target has {free} free"
        return ""


def _identity(runner: Runner) -> dict:
    try:
        ident = runner.identity()
    except HarnessError as exc:
        return {"implementation": "unknown", "error": str(exc)}
    return {"implementation": ident.implementation, "version": ident.version, "platform": ident.platform,
            "machine": ident.machine, "runner": runner.name, "semantics": runner.semantics()}
