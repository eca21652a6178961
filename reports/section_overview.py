"""The Overview tab: each column's headline score and documented differences, areas × columns, the runs."""
from __future__ import annotations

import shlex
from collections import defaultdict
from pathlib import Path

from ._text import VERDICT_ORDER, area_of, test_key
from .context import ReportContext
from .scores import DEFINITIONS, differences, headline, is_catalogue, score
from .sections import Section

__all__ = ["SECTION", "column_scores", "area_scores"]


def column_scores(ctx: ReportContext) -> list[dict]:
    """Per column: verdict counts over every test, and the headline and catalogue figures."""
    out = []
    for c in ctx.columns:
        results = ctx.results_of(c.index)
        everything, head, diff = score(results), headline(results), differences(results)
        out.append({"counts": {v.value: everything.count(v) for v in VERDICT_ORDER}, "tests": everything.tests,
                    "passed": head.passed, "ran": head.ran, "differ": diff.differ, "diffRan": diff.ran})
    return out


def area_scores(ctx: ReportContext) -> list[dict]:
    """Per area: its tests, and per column [passed, ran] (catalogue: [still differ, ran])."""
    by_area: dict[str, list[str]] = defaultdict(list)
    for t in ctx.tests:
        by_area[area_of(t)].append(t)
    rows = []
    for area in sorted(by_area, key=test_key):
        tests = by_area[area]
        catalogue = is_catalogue(tests[0])
        cells = []
        for c in ctx.columns:
            results = [ctx.cells[t, c.index] for t in tests if (t, c.index) in ctx.cells]
            if catalogue:
                d = differences(results)
                cells.append([d.differ, d.ran])
            else:
                s = score(results)
                cells.append([s.passed, s.ran])
        rows.append({"area": area, "tests": len(tests), "catalogue": catalogue, "cells": cells})
    return rows


def _runs(ctx: ReportContext) -> list[dict]:
    out = []
    for run in ctx.runs:
        m = run.meta
        command = m.get("command")
        out.append({"source": run.source, "file": Path(run.source).name,
                    "started": m.get("started"), "finished": m.get("finished"),
                    "version": str(m.get("mpconform_version", "")),
                    "command": shlex.join(map(str, command)) if isinstance(command, list) else "",
                    "targets": run.labels(), "results": len(run.results)})
    return out


def build(ctx: ReportContext) -> dict:
    return {"scores": column_scores(ctx), "areas": area_scores(ctx), "runs": _runs(ctx),
            "definitions": DEFINITIONS}


SECTION = Section("overview", "Overview", build, "overview.js")
