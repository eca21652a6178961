"""A Markdown summary short enough for a CI job summary or a pull-request comment.

Totals per column, regressions and newly passing tests (against `--baseline`, or else between the last
two runs of each target given at several versions or days), and each column's worst areas. Lists are
capped: the HTML report has the rest.
"""
from __future__ import annotations

from pathlib import Path

from mpconform.results import Verdict

from ._text import area_of, atomic_write, test_key
from .baseline import Change, Comparison, compare
from .context import ColumnInfo, ReportContext
from .scores import DEFINITIONS, differences, headline, is_catalogue, score
from .trend import series

__all__ = ["render_markdown", "write_markdown", "LIST_LIMIT"]

#: Most entries listed per list (regressions, newly passing); the count says how many more there are.
LIST_LIMIT = 15
#: Worst areas named per column.
WORST = 3

_BAD = (Verdict.FAIL, Verdict.CRASH, Verdict.TIMEOUT, Verdict.ERROR)


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell or list item: one line, pipes and backticks neutralised."""
    return " ".join(str(text).split()).replace("|", "\\|").replace("`", "'")


def _totals(ctx: ReportContext) -> list[str]:
    shown_bad = [v for v in _BAD if any(score(ctx.results_of(c.index)).count(v) for c in ctx.columns)]
    head = ["target", "version", "pass rate", "passed/ran", *[v.value for v in shown_bad], "xfail", "skip",
            "documented differences"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for c in ctx.columns:
        results = ctx.results_of(c.index)
        everything = score(r for r in results if not is_catalogue(r.test))
        head_score, diff = headline(results), differences(results)
        row = [f"**{_cell(c.label)}**", _cell(c.version or "-"), head_score.text(), f"{head_score.passed}/{head_score.ran}",
               *[str(everything.count(v)) for v in shown_bad], str(everything.count(Verdict.XFAIL)),
               str(everything.count(Verdict.SKIP)), diff.text()]
        lines.append("| " + " | ".join(row) + " |")
    return lines


def _listing(title: str, changes: tuple[Change, ...], mark: str) -> list[str]:
    if not changes:
        return []
    out = [f"### {title} ({len(changes)})", ""]
    for c in changes[:LIST_LIMIT]:
        before = c.before.value if c.before else "(absent)"
        after = c.after.value if c.after else "(absent)"
        out.append(f"- {mark} `{_cell(c.test)}` on **{_cell(c.target)}**: {before} → {after}")
    if len(changes) > LIST_LIMIT:
        out.append(f"- … and {len(changes) - LIST_LIMIT} more")
    return out + [""]


def _newest(ctx: ReportContext) -> list[ColumnInfo]:
    """The latest column of each target (the one a baseline is compared with)."""
    latest: dict[str, ColumnInfo] = {}
    for s in series(ctx):
        latest[s.target] = s.points[-1].column
    return [latest.get(c.target, c) for c in ctx.columns if latest.get(c.target, c) is c]


def _comparisons(ctx: ReportContext) -> list[tuple[str, Comparison]]:
    """(what was compared, comparison): the baseline with each target's newest run, else each trend's last step."""
    if ctx.baseline is not None:
        now = [r for c in _newest(ctx) for r in ctx.results_of(c.index) if not is_catalogue(r.test)]
        base = {t: {test: v for test, v in tests.items() if not is_catalogue(test)} for t, tests in ctx.baseline.items()}
        return [(f"against the baseline {ctx.baseline_source}".rstrip(), compare(base, now))]
    out = []
    for s in series(ctx):
        before, after = s.points[-2].column, s.points[-1].column
        out.append((f"{before.label} → {after.label}", s.steps[-1]))
    return out


def _worst(ctx: ReportContext) -> list[str]:
    rows = []
    for c in ctx.columns:
        by_area: dict[str, list] = {}
        for r in ctx.results_of(c.index):
            if not is_catalogue(r.test):
                by_area.setdefault(area_of(r.test), []).append(r)
        scored = [(a, score(rs)) for a, rs in by_area.items()]
        scored = [(a, s) for a, s in scored if s.ran and s.passed < s.ran]
        scored.sort(key=lambda item: (item[1].passed / item[1].ran, test_key(item[0])))
        if scored:
            rows.append(f"| **{_cell(c.label)}** | " + ", ".join(
                f"{_cell(a)} {s.text()} ({s.passed}/{s.ran})" for a, s in scored[:WORST]) + " |")
    if not rows:
        return []
    return ["### Worst areas", "", "| target | lowest pass rates |", "|---|---|", *rows, ""]


def _benchmarks(ctx: ReportContext) -> list[str]:
    """Each benchmark results file: its time table and, where bisected, its minimum heaps."""
    from .bench_json import load_bench
    from .bench_table import heap_table, problem_lines, time_table

    out = []
    for path, doc in ctx.documents.get("bench", ()):
        results, targets, _ = load_bench(doc, path)
        order = list(targets) or None
        out += [f"### Benchmarks: {_cell(Path(path).name)}", "", time_table(results, order, fmt="github"), ""]
        heaps = heap_table(results, order, targets, fmt="github")
        if heaps:
            out += ["Minimum heap (bytes), by bisection:", "", heaps, ""]
        problems = problem_lines(results)
        out += [f"- ❌ {_cell(p)}" for p in problems[:LIST_LIMIT]] + ([""] if problems else [])
    return out


def render_markdown(ctx: ReportContext) -> str:
    """The summary of `ctx` as Markdown."""
    out = [f"## {_cell(ctx.title)}", "", *_totals(ctx), "",
           f"_Pass rate_: {DEFINITIONS['pass rate']}. _Documented differences_: {DEFINITIONS['documented differences']}.",
           ""]
    unchanged = []
    for what, cmp in _comparisons(ctx):
        if not (cmp.regressions or cmp.newly_passing):
            unchanged.append(what)
            continue
        out += _listing(f"Regressions {what}", cmp.regressions, "❌")
        out += _listing(f"Newly passing {what}", cmp.newly_passing, "✅")
    if unchanged:
        out += [f"No regression and no newly passing test: {'; '.join(unchanged)}.", ""]
    out += _worst(ctx)
    out += _benchmarks(ctx)
    return "\n".join(out).rstrip("\n") + "\n"


def write_markdown(path: str | Path, ctx: ReportContext) -> None:
    """Write `render_markdown(ctx)` to `path` atomically."""
    atomic_write(path, render_markdown(ctx))
