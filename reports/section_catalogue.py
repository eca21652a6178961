"""The "Differences from CPython" tab: the known-differences catalogue, each entry with what each target printed.

An entry is documented by its `cpydiff/<id>.py` script (categories, description, cause, workaround). Its
results say what CPython printed (the expected output) and what each target printed; a target that
passed printed what CPython prints, so the difference is gone there.
"""
from __future__ import annotations

from mpconform.results import Verdict

from .context import ReportContext
from .sections import Section

__all__ = ["SECTION"]


def build(ctx: ReportContext) -> dict | None:
    entries, problems = ctx.suite.catalogue, list(ctx.suite.catalogue_problems)
    index = {t: i for i, t in enumerate(ctx.tests)}
    ran = [e for e in entries if e.test in index]
    if not ran:
        return None  # no catalogue test in these results: the tab would only repeat the docs
    out = []
    for e in ran:
        results = [ctx.cells.get((e.test, c.index)) for c in ctx.columns]
        expected = next((r.expected for r in results if r is not None and r.expected is not None), None)
        outputs = []
        for r in results:
            if r is None:
                outputs.append(None)
                continue
            printed = r.actual.replace("\r\n", "\n") if r.actual is not None else None
            same = r.verdict is Verdict.PASS and printed is None  # a pass keeps no output: it printed the expected
            outputs.append({"v": r.verdict.value, "out": expected if same else printed})
        out.append({"id": e.id, "test": e.test, "row": index.get(e.test, -1), "categories": list(e.categories),
                    "description": e.description, "cause": e.cause, "workaround": e.workaround,
                    "source": e.source, "cpython": expected, "outputs": outputs})
    others = [{"id": e.id, "description": e.description} for e in entries if e.test not in index]
    return {"entries": out, "notRun": others, "problems": problems}


SECTION = Section("catalogue", "Differences from CPython", build, "catalogue.js")
