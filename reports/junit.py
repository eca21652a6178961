"""JUnit XML for CI dashboards: one testsuite per target, one testcase per test (via junit-xml, kept here).

junit-xml is old (last release 2023); every use of it is in this module so it can be swapped.

Mapping of verdicts:

    pass              plain testcase
    fail              <failure type="fail">     unified diff expected → actual
    timeout, crash    <failure type="timeout"|"crash">  the reason, then the output seen before the end
    error             <error type="error">      the harness could not judge the test (reason)
    skip              <skipped>                 the reason
    xfail             <skipped message="expected failure: REASON">
    notrun            <skipped message="not run: REASON">  the run was aborted before this test
    xpass             <failure type="xpass" message="unexpected pass: remove from expectations ...">

Why xpass is a failure here: JUnit has no "unexpected pass", and a dashboard that shows it as a plain pass
hides that the expectations file is stale. This only changes what the dashboard shows. Gating is decided
by mpconform's exit code, from `reports.baseline.compare` (XPASS ranks as PASS there: it is never a
regression); tools that gate on JUnit failure counts should use that exit code instead, or pass
`xpass_as_failure=False` to list xpass as a pass with a note in system-out.

Text is passed through `visible()` first: junit-xml silently deletes characters XML forbids, and a NUL
the target printed is evidence worth keeping (it shows as `\\x00`).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import junit_xml

from mpconform.results import TestResult, Verdict

from ._text import atomic_write, describe_identity, diff_of, split_test, target_order, test_key, visible

__all__ = ["junit_xml_string", "write_junit"]

_FAILURE_TYPES = {Verdict.FAIL: "fail", Verdict.TIMEOUT: "timeout", Verdict.CRASH: "crash"}


def _classname(folder: str, target: str, prefix_target: bool) -> str:
    dotted = folder.replace("/", ".") if folder else "(top)"
    return f"{target}.{dotted}" if prefix_target else dotted


def _failure_text(r: TestResult) -> str:
    diff = diff_of(r)
    parts = [r.reason] if r.reason and not diff else []
    if diff:
        parts.append(diff)
    elif r.actual:
        parts.append("output:\n" + r.actual)
    return visible("\n".join(parts))


def _case(r: TestResult, prefix_target: bool, xpass_as_failure: bool) -> junit_xml.TestCase:
    folder, name = split_test(r.test)
    notes = []
    if r.board:
        notes.append(f"board: {r.board}")
    if r.retried:
        notes.append("retried once after a reconnect")
    case = junit_xml.TestCase(
        name=visible(name), classname=visible(_classname(folder, r.target, prefix_target)),
        elapsed_sec=r.duration, file=visible(r.test),
    )
    v = r.verdict
    if v in _FAILURE_TYPES:
        message = r.reason or ("output differs from expected" if v is Verdict.FAIL else v.value)
        case.add_failure_info(message=visible(message), output=_failure_text(r) or None,
                              failure_type=_FAILURE_TYPES[v])
    elif v is Verdict.ERROR:
        case.add_error_info(message=visible(r.reason or "harness error"), output=_failure_text(r) or None,
                            error_type="error")
    elif v is Verdict.SKIP:
        case.add_skipped_info(message=visible(r.reason or "skipped"))
    elif v is Verdict.XFAIL:
        case.add_skipped_info(message=visible(f"expected failure: {r.reason}" if r.reason else "expected failure"))
    elif v is Verdict.NOTRUN:
        case.add_skipped_info(message=visible(f"not run: {r.reason}" if r.reason else "not run"))
    elif v is Verdict.XPASS:
        message = "unexpected pass: remove from expectations"
        if r.reason:
            message += f" (listed as: {r.reason})"
        if xpass_as_failure:
            case.add_failure_info(message=visible(message), failure_type="xpass")
        else:
            notes.append(message)
    if notes:
        case.stdout = visible("\n".join(notes))
    return case


def _suites(results: list[TestResult], targets: Mapping[str, Mapping] | None, timestamp: str | None,
            prefix_target: bool, xpass_as_failure: bool) -> list[junit_xml.TestSuite]:
    suites = []
    for label in target_order(results, targets):
        mine = sorted((r for r in results if r.target == label), key=lambda r: test_key(r.test))
        identity = dict((targets or {}).get(label) or {})
        props = {k: visible(str(v)) for k, v in identity.items() if isinstance(v, (str, int, float)) and v != ""}
        described = describe_identity(identity)
        if described:
            props["identity"] = visible(described)
        suites.append(junit_xml.TestSuite(
            name=visible(label), test_cases=[_case(r, prefix_target, xpass_as_failure) for r in mine],
            timestamp=timestamp, properties=props or None, package="mpconform",
        ))
    return suites


def junit_xml_string(results: Iterable[TestResult], targets: Mapping[str, Mapping] | None = None, *,
                     timestamp: str | None = None, prefix_target: bool = False,
                     xpass_as_failure: bool = True) -> str:
    """The JUnit XML document for `results` (one <testsuite> per target, in `targets` order).

    classname is the test's folder with dots (`extmod.vfs`), name its file name (`int_abs.py`);
    `prefix_target=True` makes classname `unix.extmod.vfs`, for dashboards (Jenkins) that merge
    suites and would otherwise see the same test of two targets as duplicates.
    """
    suites = _suites(list(results), targets, timestamp, prefix_target, xpass_as_failure)
    return junit_xml.to_xml_report_string(suites, prettyprint=True, encoding="utf-8")


def write_junit(path: str | Path, results: Iterable[TestResult], targets: Mapping[str, Mapping] | None = None,
                **options: Any) -> None:
    """Write `junit_xml_string(results, targets, **options)` to `path` (UTF-8, atomically)."""
    text = junit_xml_string(results, targets, **options)
    atomic_write(path, text)
