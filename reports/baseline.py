"""The baseline gate: compare a run with the verdicts recorded earlier, and record new ones.

A baseline file is JSON `{target label: {test path: verdict}}`, sorted, one test per line, so that its
diff in a pull request reads as "these tests changed state".

`compare` sorts every (target, test) of the run into:

    regressions     in the baseline as pass/xpass, now worse (mpconform.results.is_regression) → gate
    newly_passing   in the baseline as anything but pass/xpass, now pass/xpass
    changed         any other change of verdict (fail → crash, skip → fail …): shown, not gated
    new_tests       not in the baseline for that target (a target absent from the baseline: all new)
    removed_tests   in the baseline for a target that ran, but not in this run

Targets in the baseline that did not run at all are ignored: running only `--target unix` against a
baseline that also covers wasm reports nothing about wasm.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from mpconform.results import TestResult, Verdict, is_regression

from ._text import PASSING, atomic_write, test_key
from .errors import ReportError, read_json_file

__all__ = ["Baseline", "Change", "Comparison", "load_baseline", "baseline_from_results", "compare",
           "update_baseline", "write_baseline", "format_comparison"]

#: {target label: {test path: verdict}}
Baseline = dict[str, dict[str, Verdict]]


@dataclass(frozen=True)
class Change:
    """One (target, test) whose state differs from the baseline; `before`/`after` None = absent."""

    target: str
    test: str
    before: Verdict | None
    after: Verdict | None

    def describe(self) -> str:
        b = self.before.value if self.before else "(absent)"
        a = self.after.value if self.after else "(absent)"
        return f"{self.target}: {self.test}: {b} -> {a}"


@dataclass(frozen=True)
class Comparison:
    """The outcome of `compare`: each list sorted by target, then test."""

    regressions: tuple[Change, ...] = ()
    newly_passing: tuple[Change, ...] = ()
    changed: tuple[Change, ...] = ()
    new_tests: tuple[Change, ...] = ()
    removed_tests: tuple[Change, ...] = ()

    @property
    def ok(self) -> bool:
        """No regression: the gate passes."""
        return not self.regressions


def _parse(doc: object, path: str | Path) -> Baseline:
    if not isinstance(doc, dict):
        raise ReportError(path, "baseline: expected a JSON object {target: {test: verdict}}, "
                                f"got {type(doc).__name__}")
    if "schema" in doc and "results" in doc:
        raise ReportError(path, "this is a results file, not a baseline; make one with --update-baseline")
    allowed = ", ".join(v.value for v in Verdict)
    out: Baseline = {}
    for target, tests in doc.items():
        if not isinstance(tests, dict):
            raise ReportError(path, f"target {target!r}: expected an object {{test: verdict}}, "
                                    f"got {type(tests).__name__}")
        verdicts: dict[str, Verdict] = {}
        for test, verdict in tests.items():
            try:
                verdicts[test] = Verdict(verdict)
            except (ValueError, TypeError):
                raise ReportError(path, f"target {target!r}, test {test!r}: expected a verdict "
                                        f"({allowed}); got {verdict!r}") from None
        out[target] = verdicts
    return out


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; `ReportError` naming the file if it is missing, not JSON, or malformed."""
    return _parse(read_json_file(path, "baseline"), path)


def baseline_from_results(results: Iterable[TestResult]) -> Baseline:
    """The baseline a run establishes: each (target, test) with its verdict."""
    out: Baseline = {}
    for r in results:
        out.setdefault(r.target, {})[r.test] = r.verdict
    return out


def compare(baseline: Mapping[str, Mapping[str, Verdict]], results: Iterable[TestResult]) -> Comparison:
    """Sort the run's results against `baseline` (see the module docstring)."""
    now = baseline_from_results(results)
    buckets: dict[str, list[Change]] = {k: [] for k in Comparison.__dataclass_fields__}
    for target, tests in now.items():
        before_tests = baseline.get(target, {})
        for test, after in tests.items():
            before = before_tests.get(test)
            if before is None:
                buckets["new_tests"].append(Change(target, test, None, after))
            elif is_regression(before, after):
                buckets["regressions"].append(Change(target, test, before, after))
            elif after in PASSING and before not in PASSING:
                buckets["newly_passing"].append(Change(target, test, before, after))
            elif after is not before:
                buckets["changed"].append(Change(target, test, before, after))
        for test, before in before_tests.items():
            if test not in tests:
                buckets["removed_tests"].append(Change(target, test, before, None))
    key = lambda c: (c.target, test_key(c.test))  # noqa: E731
    return Comparison(**{k: tuple(sorted(v, key=key)) for k, v in buckets.items()})


def _dump(baseline: Mapping[str, Mapping[str, Verdict]]) -> str:
    doc = {t: {test: Verdict(v).value for test, v in sorted(tests.items(), key=lambda kv: test_key(kv[0]))}
           for t, tests in sorted(baseline.items())}
    return json.dumps(doc, indent=1, ensure_ascii=True) + "\n"


def write_baseline(path: str | Path, baseline: Mapping[str, Mapping[str, Verdict]]) -> None:
    """Write `baseline` to `path` atomically, sorted for readable diffs."""
    atomic_write(path, _dump(baseline), "ascii")


def update_baseline(path: str | Path, results: Iterable[TestResult], *, prune: bool = True) -> Baseline:
    """Record the run's verdicts in the baseline at `path` (created if absent); returns what was written.

    Only the targets that ran are touched; other targets' entries are kept. NOTRUN results (the run was
    aborted) never overwrite a recorded verdict. With `prune`, tests of a target that ran which are not
    in this run are dropped (they were removed from the suite); pass `prune=False` after a partial run
    (`-k`), to keep them.
    """
    path = Path(path)
    old = load_baseline(path) if path.exists() else {}
    now = baseline_from_results(results)
    new: Baseline = {t: dict(v) for t, v in old.items()}
    for target, tests in now.items():
        kept = {} if prune else dict(old.get(target, {}))
        for test, verdict in tests.items():
            if verdict is Verdict.NOTRUN and test in old.get(target, {}):
                kept[test] = old[target][test]
            else:
                kept[test] = verdict
        new[target] = kept
    write_baseline(path, new)
    return new


def format_comparison(cmp: Comparison, *, limit: int | None = None) -> str:
    """Human summary of a comparison: regressions first, then newly passing, then the rest as counts."""
    out: list[str] = []

    def section(title: str, changes: tuple[Change, ...], listed: bool) -> None:
        if not changes:
            return
        out.append(f"{title} ({len(changes)}):")
        if listed:
            shown = changes if limit is None else changes[:limit]
            out.extend(f"  {c.describe()}" for c in shown)
            if len(changes) > len(shown):
                out.append(f"  ... and {len(changes) - len(shown)} more")

    section("REGRESSIONS", cmp.regressions, True)
    section("newly passing", cmp.newly_passing, True)
    section("other changes (not gated)", cmp.changed, True)
    section("new tests", cmp.new_tests, False)
    section("removed tests", cmp.removed_tests, True)
    if not out:
        out.append("no change against the baseline")
    return "\n".join(out)
