"""One-line explanations of a failure, derived from its evidence, for expectations files written by a run."""
from __future__ import annotations

from mpconform.runners.tracebacks import parse_traceback

from mpconform.results import TestResult, Verdict

__all__ = ["explain_failure"]

_MISSING = ("AttributeError", "NameError", "NotImplementedError")


def explain_failure(result: TestResult, who: str) -> str:
    """`who` names the target (e.g. 'micropython 1.9.2'). The reason says what the run saw, not a guess."""
    if result.verdict is Verdict.TIMEOUT:
        return f"{who}: does not finish within the timeout ({result.reason})"[:200]
    if result.verdict is Verdict.CRASH:
        return f"{who}: crashes the target ({result.reason})"[:200]
    error = _last_error(result.actual or "")
    if error:
        kind, line = error
        if kind in ("SyntaxError", "IndentationError"):
            why = "cannot compile it: syntax this version does not have"
        elif kind == "ImportError":
            why = "lacks the module"
        elif kind in _MISSING:
            why = "lacks a feature the test uses"
        else:
            why = "raises where CPython does not"
        return f"{who}: {why}: {line}"[:200]
    first = _first_difference(result.expected or "", result.actual or "")
    return f"{who}: prints differently: {first}"[:200]


def _last_error(actual: str) -> tuple[str, str] | None:
    """The exception that ended the output, with its line as printed, if a traceback says which."""
    tb = parse_traceback(actual)
    if tb is None or not tb.header or tb.exc_type is None:
        return None
    return tb.exc_type, tb.exc_line


def _first_difference(expected: str, actual: str) -> str:
    want, got = expected.splitlines(), actual.splitlines()
    for i, (a, b) in enumerate(zip(want, got), 1):
        if a != b:
            return f"line {i} expected {a[:60]!r}, got {b[:60]!r}"
    if len(want) != len(got):
        return f"{len(got)} lines instead of {len(want)}"
    return "only whitespace or line endings differ"
