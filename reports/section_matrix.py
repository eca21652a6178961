"""The Matrix tab: tests × columns, grouped by area or by declared feature, with every non-pass cell's evidence.

Cells travel as one string per test, a character per column (the verdict's index in `VERDICTS`, `-` for
no result), which keeps a 2,000 × 8 page small and quick to parse; the evidence behind a non-pass cell
(reason, diff, traceback, outputs, board, the command that reproduces it) is kept apart, keyed by cell.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from mpconform.results import TestResult, Verdict

from ._text import VERDICT_ORDER, area_of, diff_of, test_key
from .context import ReportContext
from .reproduce import reproduce_command
from .scores import differences, is_catalogue, score
from .sections import Section

__all__ = ["SECTION", "VERDICTS", "NO_FEATURE", "groups", "traceback_of", "clip"]

#: Verdicts in the page's order; a cell's character is its index here.
VERDICTS: tuple[Verdict, ...] = VERDICT_ORDER
_CODE = {v: str(i) for i, v in enumerate(VERDICTS)}

#: The feature group of tests whose header declares no feature.
NO_FEATURE = "(no feature declared)"

#: Longest text kept per output in the page; the results file has it all.
CLIP = 16_000


def clip(text: str | None, limit: int = CLIP) -> str | None:
    """`text` cut to `limit` characters, saying how much was left out."""
    if text is None or len(text) <= limit:
        return text
    return text[:limit] + f"\n… ({len(text) - limit} more characters in the results file)"


def traceback_of(output: str | None) -> str:
    """The last traceback in a target's output (to its end), '' when it printed none."""
    if not output:
        return ""
    at = output.rfind("Traceback (most recent call last)")
    return output[at:].rstrip("\n") if at >= 0 else ""


def _scores(ctx: ReportContext, tests: list[str]) -> list[list[int]]:
    """Per column [passed, ran] over `tests` ([still differ, ran] for the catalogue area)."""
    out = []
    for c in ctx.columns:
        results = [ctx.cells[t, c.index] for t in tests if (t, c.index) in ctx.cells]
        if tests and all(is_catalogue(t) for t in tests):
            d = differences(results)
            out.append([d.differ, d.ran])
        else:
            s = score(r for r in results if not is_catalogue(r.test))
            out.append([s.passed, s.ran])
    return out


def groups(ctx: ReportContext, by: str) -> list[dict]:
    """The matrix's row groups `by` "area" or "feature": name, test indices, scores per column.

    A test declaring several features sits in each of their groups; a feature group's score leaves out
    catalogue tests, as the headline does.
    """
    index = {t: i for i, t in enumerate(ctx.tests)}
    members: dict[str, list[str]] = defaultdict(list)
    for t in ctx.tests:
        keys: Iterable[str] = [area_of(t)] if by == "area" else (ctx.features.get(t) or [NO_FEATURE])
        for key in keys:
            members[key].append(t)
    order = sorted(members, key=lambda k: (k == NO_FEATURE, test_key(k)))
    return [{"name": k, "tests": [index[t] for t in members[k]], "scores": _scores(ctx, members[k]),
             "catalogue": all(is_catalogue(t) for t in members[k])} for k in order]


def _detail(r: TestResult, command: str) -> dict:
    actual = r.actual.replace("\r\n", "\n") if r.actual is not None else None
    d = {"v": r.verdict.value, "reason": r.reason, "diff": clip(diff_of(r)), "expected": clip(r.expected),
         "actual": clip(actual), "traceback": clip(traceback_of(actual)), "board": r.board, "retried": r.retried,
         "duration": round(r.duration, 4), "command": command}
    return {k: v for k, v in d.items() if v not in ("", None, False)}


def build(ctx: ReportContext) -> dict:
    cells = []
    details: dict[str, dict] = {}
    for ti, test in enumerate(ctx.tests):
        row = []
        for c in ctx.columns:
            r = ctx.cells.get((test, c.index))
            row.append("-" if r is None else _CODE[r.verdict])
            if r is not None and r.verdict is not Verdict.PASS:
                details[f"{ti}:{c.index}"] = _detail(r, reproduce_command(test, c.target, ctx.meta_of(c.index)))
        cells.append("".join(row))
    declared = {str(i): list(ctx.features[t]) for i, t in enumerate(ctx.tests) if ctx.features.get(t)}
    return {"cells": cells, "details": details, "features": declared,
            "groups": {"area": groups(ctx, "area"), "feature": groups(ctx, "feature")}}


SECTION = Section("matrix", "Matrix", build, "matrix.js")
