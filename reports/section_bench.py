"""The Benchmarks tab: each benchmark results file given to `mpconform report` (schema mpconform-bench/1), as
tables of time, peak heap and minimum heap per target, with the plot when matplotlib is there."""
from __future__ import annotations

import base64
from pathlib import Path

from .bench_json import load_bench
from .bench_table import heap_rows, memory_rows, problem_lines, time_rows
from .context import ReportContext
from .errors import ReportError
from .sections import Section

__all__ = ["SECTION", "KIND"]

#: The kind under which context.OTHER_INPUTS files benchmark results.
KIND = "bench"


def _plot(results, order) -> str:
    """The plot as a data: URI (the page fetches nothing), or '' without matplotlib."""
    from .bench_plot import PlotUnavailable, render_svg

    try:
        svg = render_svg(results, order)
    except PlotUnavailable:
        return ""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _document(path: str, doc: dict) -> dict:
    try:
        results, targets, meta = load_bench(doc, path)
    except ReportError as exc:
        return {"file": Path(path).name, "error": str(exc)}
    order = list(targets) or None
    tables = []
    for title, (headers, rows) in (("Time", time_rows(results, order)), ("Peak heap", memory_rows(results, order)),
                                   ("Minimum heap", heap_rows(results, order, targets))):
        if headers and len(headers) > 1:
            tables.append({"title": title, "headers": headers, "rows": [[str(c) for c in row] for row in rows]})
    return {"file": Path(path).name, "meta": {k: meta.get(k) for k in ("started", "budget", "repeats", "load")},
            "targets": {label: {k: v for k, v in info.items() if isinstance(v, (str, int, float, bool)) or v is None}
                        for label, info in targets.items()},
            "tables": tables, "problems": problem_lines(results), "plot": _plot(results, order)}


def build(ctx: ReportContext) -> dict | None:
    docs = ctx.documents.get(KIND, ())
    if not docs:
        return None
    return {"documents": [_document(path, doc) for path, doc in docs]}


SECTION = Section("benchmarks", "Benchmarks", build, "bench.js")
