"""Console tables: per-target verdict counts, suite breadth by area × target, and why tests fail or skip.

Pass rate, everywhere in reports: (pass + xpass) / tests that ran, where skipped and not-run tests did
not run. A target that skips a whole area for a missing feature shows its skips in the counts, and `-`
as its rate in that area, rather than a flattering 100 %. The known-differences catalogue is scored apart
(reports.scores): its tests are meant to differ, so they are "documented differences", not failures.

Tables are built as (headers, rows) and rendered by `render`, which knows tabulate's formats plus `csv`
and the aliases `table` (= simple) and `markdown` (= github).
"""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from tabulate import tabulate, tabulate_formats

from mpconform.results import TestResult, Verdict

from ._text import (VERDICT_ORDER, area_of, count_by_verdict, describe_identity, passed_and_ran, rate,
                    target_order, test_key)
from .scores import CATALOGUE_AREA, differences, headline

__all__ = ["FORMATS", "render", "summary_rows", "summary_table", "area_rows", "area_table", "details"]

_ALIASES = {"table": "simple", "markdown": "github", "md": "github"}

#: Every accepted `fmt`: tabulate's formats, `csv`, and the aliases.
FORMATS: tuple[str, ...] = tuple(sorted({*tabulate_formats, "csv", *_ALIASES}))

Rows = tuple[list[str], list[list[object]]]


def render(headers: Sequence[str], rows: Sequence[Sequence[object]], fmt: str = "simple") -> str:
    """Render a table in `fmt` (see FORMATS); unknown formats raise ValueError naming the choices."""
    fmt = _ALIASES.get(fmt, fmt)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(headers)
        w.writerows(rows)
        return buf.getvalue().rstrip("\n")
    if fmt not in tabulate_formats:
        raise ValueError(f"unknown table format {fmt!r}; expected one of: {', '.join(FORMATS)}")
    # Numbers are passed as ints (right-aligned); everything else as text, kept exactly as given.
    text_cols = [i for i in range(len(headers)) if any(not isinstance(row[i], int) for row in rows)]
    return tabulate(rows, headers=list(headers), tablefmt=fmt, disable_numparse=text_cols)


def summary_rows(results: Iterable[TestResult], targets: Mapping[str, Mapping] | None = None) -> Rows:
    """Per target: its identity, tests, counts of each verdict, pass rate.

    pass, fail and skip columns are always there; the other verdicts only when some target has one,
    and the identity column only when some target has an identity.
    """
    results = list(results)
    by_target: dict[str, list[TestResult]] = defaultdict(list)
    for r in results:
        by_target[r.target].append(r)
    order = target_order(results, targets)
    counts = {label: count_by_verdict(by_target.get(label, ())) for label in order}
    idents = {label: describe_identity((targets or {}).get(label)) for label in order}
    always = (Verdict.PASS, Verdict.FAIL, Verdict.SKIP)
    shown = [v for v in VERDICT_ORDER if v in always or any(c[v] for c in counts.values())]
    with_ident = any(idents.values())
    diffs = {label: differences(by_target.get(label, ())) for label in order}
    with_diffs = any(d.ran or d.other for d in diffs.values())
    headers = ["target", *(["identity"] if with_ident else []), "tests", *[v.value for v in shown], "pass rate",
               *(["documented differences"] if with_diffs else [])]
    rows: list[list[object]] = []
    for label in order:
        c = counts[label]
        head = headline(by_target.get(label, ()))
        rows.append([label, *([idents[label]] if with_ident else []), sum(c.values()),
                     *[c[v] for v in shown], head.text(), *([diffs[label].text()] if with_diffs else [])])
    return headers, rows


def summary_table(results: Iterable[TestResult], targets: Mapping[str, Mapping] | None = None, *,
                  fmt: str = "simple") -> str:
    """Per-target verdict counts and pass rate, as a table in `fmt`."""
    return render(*summary_rows(results, targets), fmt=fmt)


def area_rows(results: Iterable[TestResult], targets: Mapping[str, Mapping] | None = None) -> Rows:
    """Per area (first path component): distinct tests, and each target's `rate (passed/ran)`."""
    results = list(results)
    order = target_order(results, targets)
    tests: dict[str, set[str]] = defaultdict(set)
    cells: dict[tuple[str, str], list[TestResult]] = defaultdict(list)
    for r in results:
        area = area_of(r.test)
        tests[area].add(r.test)
        cells[area, r.target].append(r)
    headers = ["area", "tests", *order]
    rows: list[list[object]] = []
    for area in sorted(tests, key=test_key):
        row: list[object] = [area, len(tests[area])]
        for label in order:
            if area == CATALOGUE_AREA:
                d = differences(cells.get((area, label), ()))
                row.append(f"{d.text()} differ" if d.ran else "-")
                continue
            passed, ran = passed_and_ran(count_by_verdict(cells.get((area, label), ())))
            row.append(f"{rate(passed, ran)} ({passed}/{ran})" if ran else "-")
        rows.append(row)
    counted = set().union(*(t for area, t in tests.items() if area != CATALOGUE_AREA))
    total: list[object] = ["total" if CATALOGUE_AREA not in tests else f"total (without {CATALOGUE_AREA})",
                           len(counted)]
    for label in order:
        head = headline(r for r in results if r.target == label)
        total.append(f"{head.text()} ({head.passed}/{head.ran})" if head.ran else "-")
    rows.append(total)
    return headers, rows


def area_table(results: Iterable[TestResult], targets: Mapping[str, Mapping] | None = None, *,
               fmt: str = "simple") -> str:
    """The suite's breadth: tests per area and each target's pass rate there, as a table in `fmt`."""
    return render(*area_rows(results, targets), fmt=fmt)


def details(results: Iterable[TestResult], targets: Mapping[str, Mapping] | None = None, *,
            limit: int | None = None, verdicts: Iterable[Verdict] | None = None) -> str:
    """What each target passes, fails, skips, and why: non-passing tests grouped by verdict and reason.

    `limit` caps the tests listed per group (the rest are counted); `verdicts` selects the groups shown
    (default: every verdict other than pass).
    """
    results = list(results)
    wanted = set(verdicts) if verdicts is not None else set(Verdict) - {Verdict.PASS}
    shown = [v for v in VERDICT_ORDER if v in wanted]
    out: list[str] = []
    for label in target_order(results, targets):
        mine = [r for r in results if r.target == label]
        counts = count_by_verdict(mine)
        ident = describe_identity((targets or {}).get(label))
        tally = ", ".join(f"{counts[v]} {v.value}" for v in VERDICT_ORDER if counts[v])
        out.append(f"{label}" + (f" ({ident})" if ident else "") + f": {tally or 'no results'}")
        for v in shown:
            groups: dict[str, list[str]] = defaultdict(list)
            for r in mine:
                if r.verdict is v:
                    groups[r.reason.strip().splitlines()[0] if r.reason.strip() else _no_reason(v)].append(r.test)
            # Biggest groups first: the reason that explains most failures is the one to fix first.
            for reason, tests in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
                out.append(f"  {v.value}: {reason} ({len(tests)})")
                tests.sort(key=test_key)
                listed = tests if limit is None else tests[:limit]
                out.extend(f"    {t}" for t in listed)
                if len(tests) > len(listed):
                    out.append(f"    ... and {len(tests) - len(listed)} more")
    return "\n".join(out)


def _no_reason(v: Verdict) -> str:
    return {Verdict.FAIL: "output differs", Verdict.XPASS: "passes; listed as expected to fail"}.get(
        v, "no reason given")
