"""The Trend tab: for each target given at several versions or days, its pass rate along them and the tests that changed."""
from __future__ import annotations

from .baseline import Change
from .context import ReportContext
from .sections import Section
from .trend import series

__all__ = ["SECTION"]


def _changes(changes: tuple[Change, ...]) -> list[list[str]]:
    return [[c.test, c.before.value if c.before else "", c.after.value if c.after else ""] for c in changes]


def build(ctx: ReportContext) -> dict | None:
    found = series(ctx)
    if not found:
        return None
    return {"series": [{
        "target": s.target,
        "points": [{"column": p.column.index, "passed": p.score.passed, "ran": p.score.ran} for p in s.points],
        "steps": [{"from": a.column.index, "to": b.column.index, "regressions": _changes(step.regressions),
                   "fixed": _changes(step.newly_passing), "changed": _changes(step.changed),
                   "added": _changes(step.new_tests), "removed": _changes(step.removed_tests)}
                  for a, b, step in zip(s.points, s.points[1:], s.steps)],
    } for s in found]}


SECTION = Section("trend", "Trend", build, "trend.js")
