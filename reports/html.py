"""A self-contained HTML compatibility report: a template, the report's data as JSON, and plain JavaScript.

The page (`assets/report.html`) inlines its CSS and scripts and fetches nothing (its Content-Security-Policy
forbids it). Each section (reports.sections) contributes its data, embedded once as JSON in a
`<script type="application/json">`, and its renderer. Text from results files is made visible (control
characters spelled as escapes, `_text.visible`) and JSON-escaped so that `<`, `>` and `&` cannot end the
script element; the page's scripts put it in the document as text only.
"""
from __future__ import annotations

import datetime as _dt
import html
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from mpconform.results import TestResult
from mpconform.suitefacts import SuiteFacts

from ._text import atomic_write, visible
from .context import ReportContext, build_context
from .runs import Run
from .scores import CATALOGUE_AREA
from .section_matrix import VERDICTS
from .sections import build_all

__all__ = ["page_data", "render_report", "write_report", "render_html", "write_html"]

ASSETS = Path(__file__).resolve().parent / "assets"
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_JSON_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def _visible_all(value: Any) -> Any:
    """`value` with every string in it (keys too) passed through `visible`."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, dict):
        return {visible(str(k)): _visible_all(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_visible_all(v) for v in value]
    return value


def _json_default(value: object) -> str:
    return str(value)


def page_data(ctx: ReportContext) -> dict:
    """Everything the page shows, as JSON-able data: the core tables and each section's data."""
    built = build_all(ctx)
    core = {
        "title": ctx.title,
        "generated": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "runs": len(ctx.runs),
        "verdicts": [v.value for v in VERDICTS],
        "catalogueArea": CATALOGUE_AREA,
        "columns": [{"label": c.label, "target": c.target, "version": c.version, "date": c.date,
                     "source": c.source, "file": Path(c.source).name, "identity": dict(c.identity)}
                    for c in ctx.columns],
        "tests": [[t] for t in ctx.tests],
        "sections": [{"id": s.id, "title": s.title} for s, _ in built],
        "data": {s.id: d for s, d in built},
    }
    scripts = ["report.js", *(s.script for s, _ in built)]
    return {"page": core, "scripts": scripts}


def _version() -> str:
    import mpconform

    return str(getattr(mpconform, "__version__", ""))


def render_report(ctx: ReportContext) -> str:
    """The report of `ctx` as one HTML document."""
    built = page_data(ctx)
    blob = json.dumps(_visible_all(built["page"]), ensure_ascii=False, separators=(",", ":"), default=_json_default)
    blob = re.sub("[<>&]", lambda m: _JSON_UNSAFE[m.group(0)], blob)
    script = "\n".join((ASSETS / name).read_text(encoding="utf-8") for name in built["scripts"]) + "\nMPC.start();"
    if "</script" in script.lower():
        raise ValueError("a report script contains '</script': it would end the page's script element")
    values = {"title": _html_text(visible(ctx.title)), "style": (ASSETS / "report.css").read_text(encoding="utf-8"),
              "data": blob, "script": script, "version": _html_text(_version())}
    template = (ASSETS / "report.html").read_text(encoding="utf-8")
    # One pass over the template: a value containing "{{...}}" is never substituted again.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def _html_text(text: str) -> str:
    return html.escape(text, quote=True)


def write_report(path: str | Path, ctx: ReportContext) -> None:
    """Write `render_report(ctx)` to `path` (UTF-8, atomically)."""
    atomic_write(path, render_report(ctx))


def render_html(results: Iterable[TestResult], targets: Mapping[str, Mapping] | None = None, *,
                title: str = "mpconform compatibility report", meta: Mapping[str, Any] | None = None,
                source: str = "this run", suite: SuiteFacts = SuiteFacts()) -> str:
    """The report of one run's results (`mpconform run --html`); `meta` is the run's metadata, `suite` what its
    suite says about the tests."""
    run = Run(source, tuple(results), {k: dict(v) for k, v in (targets or {}).items()}, dict(meta or {}))
    return render_report(build_context([run], title=title, suite=suite))


def write_html(path: str | Path, results: Iterable[TestResult], targets: Mapping[str, Mapping] | None = None,
               **options: Any) -> None:
    """Write `render_html(results, targets, **options)` to `path` (UTF-8, atomically)."""
    atomic_write(path, render_html(results, targets, **options))
