"""Turning an Outcome and the expected output into a verdict with its evidence (a diff, a reason)."""
from __future__ import annotations

import difflib

from mpconform.results import Verdict
from mpconform.runners import Outcome, Status
from mpconform.runners.tracebacks import strip_messages

from .expected import Expected
from .metadata import TestMeta
from .upstream_output import UnittestSummary, match_special

__all__ = ["judge", "needs_expected", "normalise", "make_diff", "Judgement"]

Judgement = tuple[Verdict, str, str]  # verdict, reason, diff
_RECURSION = b"maximum recursion depth exceeded"


def normalise(output: bytes, meta: TestMeta) -> bytes:
    out = output.replace(b"\r\n", b"\n")
    if meta.messages == "type-only":
        out = strip_messages(out)
    return out


def text(data: bytes) -> str:
    return data.decode("utf-8", "backslashreplace")


def make_diff(expected: bytes, actual: bytes) -> str:
    return "".join(difflib.unified_diff(
        text(expected).splitlines(keepends=True), text(actual).splitlines(keepends=True),
        fromfile="expected", tofile="actual", n=2))


def needs_expected(outcome: Outcome) -> bool:
    """Whether judging this outcome takes the expected output (a skip, a timeout, a crash are judged alone)."""
    return outcome.status in (Status.OK, Status.RAISED)


def judge(outcome: Outcome, expected: Expected | None, meta: TestMeta, *, xfail_reason: str | None,
          known_difference: str | None = None, unittest: UnittestSummary | None = None) -> Judgement:
    """pass/fail/skip/timeout/crash, then turned into xfail/xpass by the target's expectations. `expected` may be
    None where `needs_expected(outcome)` is false, or where the test's own unittest summary decides."""
    verdict, reason, diff = _raw(outcome, expected, meta, unittest)
    expected_failure = xfail_reason or known_difference
    if expected_failure and verdict in (Verdict.FAIL, Verdict.CRASH, Verdict.TIMEOUT):
        return Verdict.XFAIL, expected_failure, diff
    if expected_failure and verdict is Verdict.PASS:
        why = "listed as expected to fail" if xfail_reason else "catalogued difference no longer differs"
        return Verdict.XPASS, f"{why}: {expected_failure}", ""
    return verdict, reason, diff


def _raw(outcome: Outcome, expected: Expected | None, meta: TestMeta, unittest: UnittestSummary | None) -> Judgement:
    if outcome.status is Status.INTERNAL:  # the target's own implementation failed: nothing to judge the test by
        return Verdict.ERROR, f"the target itself failed, not the test: {outcome.note or 'internal error'}", ""
    if outcome.status is Status.SKIP:
        return Verdict.SKIP, "test printed SKIP on this target", ""
    if outcome.status is Status.TIMEOUT:
        return Verdict.TIMEOUT, f"no answer within the timeout{_note(outcome)}", ""
    if outcome.status is Status.CRASH:
        return Verdict.CRASH, f"target crashed (exit {outcome.exit_code}){_note(outcome)}", ""
    if unittest is not None:
        return _unittest(outcome, unittest)
    assert expected is not None, "an outcome that ran needs its expected output"
    if outcome.is_memory_limit and b"MemoryError" not in expected.output and meta.negative != ("run", "MemoryError"):
        return Verdict.SKIP, "resource limit: MemoryError on this target (needs more heap)", ""
    if (outcome.status is Status.RAISED and outcome.exc_type == "RuntimeError" and _RECURSION in outcome.stdout
            and _RECURSION not in expected.output and b"RecursionError" not in expected.output):
        return Verdict.SKIP, "resource limit: recursion depth exceeded on this target (small stack)", ""
    if expected.skip:
        return Verdict.SKIP, expected.why or "CPython printed SKIP: no expected output to compare with", ""
    if meta.negative:
        phase, exc = meta.negative
        if outcome.status is Status.RAISED and outcome.exc_type == exc:
            return Verdict.PASS, "", ""
        got = f"{outcome.status.value} {outcome.exc_type or ''}".strip()
        return Verdict.FAIL, f"expected {phase}-time {exc}, got {got}", ""
    want, got = normalise(expected.output, meta), normalise(outcome.stdout, meta)
    if expected.patterns:
        got = match_special(want, got)
    if want == got:
        return Verdict.PASS, "", ""
    reason = "output differs"
    if outcome.status is Status.RAISED and outcome.exc_type:
        reason = f"output differs; raised {outcome.exc_type}"
    if outcome.note:
        reason += f" ({outcome.note})"
    return Verdict.FAIL, reason, make_diff(want, got)


def _unittest(outcome: Outcome, summary: UnittestSummary) -> Judgement:
    """run-tests.py's verdict on a unittest-based test: its summary says OK and the program exited normally."""
    if summary.missing:
        return (Verdict.ERROR, "the test needs micropython-lib's unittest on the target's module path: run "
                "`mpconform lib fetch unittest`, or name a folder holding it with --lib", "")
    if not summary.passed:
        return Verdict.FAIL, summary.detail, ""
    if outcome.status is not Status.OK:
        return Verdict.FAIL, f"{summary.detail}, but the program then exited with code {outcome.exit_code}", ""
    return Verdict.PASS, "", ""


def _note(outcome: Outcome) -> str:
    return f": {outcome.note}" if outcome.note else ""
