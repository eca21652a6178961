"""Several runs of one target over versions or days: its headline pass rate along them, and what changed.

Runs of a target are ordered by version (numbers compared as numbers), then by day. Each step from one
run to the next is sorted as the baseline gate sorts a run against its baseline (reports.baseline), over
the tests outside the known-differences catalogue (whose tests are meant to differ).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from mpconform.results import TestResult

from ._text import natural_key
from .baseline import Comparison, baseline_from_results, compare
from .context import ColumnInfo, ReportContext
from .scores import Score, headline, is_catalogue

__all__ = ["Point", "Series", "series"]


@dataclass(frozen=True)
class Point:
    """One run of the target: its column and headline score."""

    column: ColumnInfo
    score: Score


@dataclass(frozen=True)
class Series:
    """A target measured several times: points in order, and `steps[i]` = changes from point i to i + 1."""

    target: str
    points: tuple[Point, ...]
    steps: tuple[Comparison, ...]


def _counted(results: list[TestResult]) -> list[TestResult]:
    """The results a change is reported for: a catalogue test that differs again is not a regression."""
    return [r for r in results if not is_catalogue(r.test)]


def _order(c: ColumnInfo) -> tuple:
    return (natural_key(c.version), c.date, c.run)


def series(ctx: ReportContext) -> list[Series]:
    """One Series per target that has two or more columns, in column order of their first appearance."""
    by_target: dict[str, list[ColumnInfo]] = defaultdict(list)
    for c in ctx.columns:
        by_target[c.target].append(c)
    out = []
    for target, cols in by_target.items():
        if len(cols) < 2:
            continue
        cols = sorted(cols, key=_order)
        points = tuple(Point(c, headline(ctx.results_of(c.index))) for c in cols)
        steps = []
        for before, after in zip(cols, cols[1:]):
            # Cells keep the target label of their results file, so both sides compare under `target`.
            steps.append(compare(baseline_from_results(_counted(ctx.results_of(before.index))),
                                 _counted(ctx.results_of(after.index))))
        out.append(Series(target, points, tuple(steps)))
    return out
