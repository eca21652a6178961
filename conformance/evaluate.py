"""Tests on one runner: skips decided first, the target run next, then the expected output only where needed.

Order as in run-tests.py: a test the rules skip never runs; a test the target skips (SKIP) or whose own
unittest summary decides needs no expected output, so CPython never runs for it. On a target that runs
several programs in one process (`Runner.shares_process`), a chunk of tests goes as one batch, and their
expected outputs as one oracle batch: a bad verdict from a batch is confirmed by running that test alone
(target and oracle) before it is reported, so batching never costs a wrong verdict.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import mpconform
from mpconform.results import TestResult, Verdict
from mpconform.runners import HarnessError, Outcome, Program, Runner
from mpconform.runners.pool import run_all
from mpconform.suitefacts import CATALOGUE_AREA

from .capabilities import Capabilities
from .catalogue import CatalogueError, parse_entry
from .discovery import TestCase, is_micropython_tests, support_files_for
from .expectations import Expectations
from .expected import Expected, ExpectedError, ExpectedOutputs, Need
from .judge import judge, make_diff, needs_expected, text
from .metadata import MetadataError, TestMeta, parse_header
from .upstream_output import unittest_summary
from .upstream_skips import CHECKS, check_source, skip_reason

__all__ = ["Evaluator", "TargetFacts"]

_BAD = (Verdict.FAIL, Verdict.CRASH, Verdict.TIMEOUT, Verdict.ERROR, Verdict.XFAIL)


@dataclass
class TargetFacts:
    """What judging needs to know about a target: its label, expectations, capabilities and semantics."""

    label: str
    expectations: Expectations
    caps: Capabilities | None
    semantics: str


@dataclass(frozen=True)
class _Ready:
    test: TestCase
    meta: TestMeta
    program: Program
    need: Need


#: The folders mpconform is imported from: a reference's defect report (its host traceback) names its files.
_INSTALLATION = tuple(sorted((os.path.join(os.path.realpath(p), "") for p in mpconform.__path__), key=len,
                             reverse=True))


def _scrub(report: str) -> str:
    """Output as results keep it: paths inside mpconform's installation shown as `<mpconform>/...`."""
    for folder in _INSTALLATION:
        report = report.replace(folder, "<mpconform>/")
    return report


class Evaluator:
    """Judges tests on runners; shared by every worker thread of a run (thread-safe)."""

    def __init__(self, expected: ExpectedOutputs, *, timeout: float, max_output: int, library: tuple[Path, ...],
                 roots: set[Path], problems: list[str]) -> None:
        self.expected = expected
        self._timeout = timeout
        self._max_output = max_output
        self._library = library
        self._roots = roots
        self._problems = problems
        self._lock = threading.Lock()
        self._sources: dict[str, tuple[bytes, TestMeta] | str] = {}
        self._catalogue: dict[str, str | None] = {}

    def evaluate(self, target: TargetFacts, runner: Runner, tests: Sequence[TestCase],
                 batch: bool = False) -> list[TestResult]:
        """Run and judge tests on one runner (one batch where `batch`). A LinkError of a lone run propagates:
        the caller decides on retry."""
        results: dict[str, TestResult] = {}
        ready: list[_Ready] = []
        for test in tests:
            prepared = self._prepare(target, runner, test)
            if isinstance(prepared, TestResult):
                results[test.id] = prepared
            else:
                ready.append(prepared)
        outcomes = run_all(runner, [r.program for r in ready], batch=batch, catch=batch)
        waiting: list[tuple[_Ready, Outcome]] = []
        for item, out in zip(ready, outcomes):
            if isinstance(out, HarnessError):
                results[item.test.id] = TestResult(item.test.id, target.label, Verdict.ERROR, reason=str(out))
            elif needs_expected(out) and unittest_summary(out.stdout) is None:
                waiting.append((item, out))
            else:
                results[item.test.id] = self._result(target, item, out, None)
        expected = self.expected.get_many([item.need for item, _ in waiting]) if waiting else {}
        for item, out in waiting:
            found = expected[item.test.id]
            if isinstance(found, Expected) and found.provisional and found.skip:
                found = self.expected.recompute(item.need)   # a skip is no agreement: make sure, alone
            results[item.test.id] = self._result(target, item, out, found)
        if batch and len(ready) > 1:
            for item in ready:
                if results[item.test.id].verdict in _BAD:
                    results[item.test.id] = self._alone(target, runner, item)
        return [results[t.id] for t in tests]

    # -- before running ------------------------------------------------------------------------------------
    def _prepare(self, target: TargetFacts, runner: Runner, test: TestCase) -> _Ready | TestResult:
        loaded = self._load(test)
        if isinstance(loaded, str):
            return TestResult(test.id, target.label, Verdict.ERROR, reason=loaded)
        source, meta = loaded
        skip = self._skip(target, meta, runner, test)
        if skip:
            return TestResult(test.id, target.label, Verdict.SKIP, reason=skip)
        support = support_files_for(test, source)
        timeout = meta.timeout or self._timeout
        program = Program(source=source, filename=test.path.name, directory=test.path.parent, support_files=support,
                          timeout=timeout, max_output=self._max_output, library=self._library)
        return _Ready(test, meta, program, Need(test, source, timeout, support))

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

    def _skip(self, target: TargetFacts, meta: TestMeta, runner: Runner, test: TestCase) -> str:
        """Why this test does not run here: a feature its header needs, heap, or one of run-tests.py's rules."""
        caps = target.caps
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
        return skip_reason(test.id, type(runner).runtests_target,
                           lambda name: caps.check(name, check_source(CHECKS[name], self._roots), runner.run),
                           in_checkout=is_micropython_tests(test.root))

    # -- running and judging -------------------------------------------------------------------------------
    def _alone(self, target: TargetFacts, runner: Runner, item: _Ready) -> TestResult:
        """A bad verdict from a batch, judged again from a lone run (and a lone oracle run if its expected output
        came from a batch too)."""
        try:
            out = runner.run(item.program)
        except HarnessError as exc:
            return TestResult(item.test.id, target.label, Verdict.ERROR, reason=str(exc))
        expected = None
        if needs_expected(out) and unittest_summary(out.stdout) is None:
            found = self.expected.get_many([item.need])[item.test.id]
            if isinstance(found, Expected) and found.provisional:
                found = self.expected.recompute(item.need)
            expected = found
        return self._result(target, item, out, expected)

    def _result(self, target: TargetFacts, item: _Ready, outcome: Outcome,
                expected: Expected | ExpectedError | None) -> TestResult:
        test = item.test
        if isinstance(expected, ExpectedError):
            return TestResult(test.id, target.label, Verdict.ERROR, reason=str(expected))
        summary = unittest_summary(outcome.stdout) if expected is None and needs_expected(outcome) else None
        verdict, reason, diff = judge(outcome, expected, item.meta, xfail_reason=target.expectations.reason(test.id),
                                      known_difference=self._known_difference(test, target), unittest=summary)
        if expected is not None and expected.provisional and verdict in (Verdict.PASS, Verdict.XPASS):
            self.expected.confirm(test.id)
        keep_output = verdict not in (Verdict.PASS, Verdict.SKIP)
        want = expected.output if expected is not None else b""
        return TestResult(
            test.id, target.label, verdict, duration=outcome.duration, reason=reason,
            expected=_scrub(text(want)) if keep_output and expected is not None else None,
            actual=_scrub(text(outcome.stdout)) if keep_output else None,
            diff=_scrub(diff if diff or not keep_output or expected is None else make_diff(want, outcome.stdout)),
            board=threading.current_thread().name, retried=outcome.retried)

    def _known_difference(self, test: TestCase, target: TargetFacts) -> str | None:
        """cpydiff entries are expected to differ on MicroPython-family targets (not on CPython)."""
        if test.area != CATALOGUE_AREA or target.semantics == "cpython":
            return None
        with self._lock:
            if test.id in self._catalogue:
                return self._catalogue[test.id]
        try:
            entry = parse_entry(test.path)
            found: str | None = f"known difference {entry.id}: {entry.description}"
        except (CatalogueError, OSError) as exc:
            found = None
            self._problems.append(str(exc))
        with self._lock:
            self._catalogue[test.id] = found
        return found
