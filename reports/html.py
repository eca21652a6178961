"""A self-contained HTML compatibility report: targets as columns, tests as rows grouped by area.

No external assets, no JavaScript: CSS for colours, `title` tooltips for reasons, `<details>` for diffs,
and a CSS-only checkbox that hides the rows where every target passes. Every piece of text from a
results file (test names, target labels, reasons, program output) goes through `_e`, which spells
control characters visibly and HTML-escapes the rest: output is data, never markup.
"""
from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from mpconform.results import TestResult, Verdict

from ._text import (PASSING, area_of, atomic_write, count_by_verdict, describe_identity, diff_of,
                    passed_and_ran, rate, split_test, target_order, test_key, visible)
from .table import area_rows, summary_rows

__all__ = ["render_html", "write_html"]

_COLOURS = {
    Verdict.PASS: "#c8e6c9", Verdict.XPASS: "#b2dfdb", Verdict.FAIL: "#ef9a9a", Verdict.CRASH: "#e57373",
    Verdict.TIMEOUT: "#ffcc80", Verdict.ERROR: "#ce93d8", Verdict.XFAIL: "#fff59d", Verdict.SKIP: "#e0e0e0",
    Verdict.NOTRUN: "#f5f5f5",
}

_CSS = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
thead th { background: #f0f0f0; position: sticky; top: 0; }
th small { font-weight: normal; color: #555; display: block; }
tr.area th { background: #e8eaf6; }
td.test { font-family: ui-monospace, monospace; }
td.v { min-width: 5em; }
td.none { color: #999; }
details summary { cursor: pointer; }
pre { max-width: 60em; max-height: 30em; overflow: auto; margin: 0.3em 0; background: #fafafa;
      border: 1px solid #ddd; padding: 0.3em; font-size: 0.85em; white-space: pre-wrap; }
.reason { font-size: 0.85em; color: #333; max-width: 40em; }
.meta { color: #555; font-size: 0.9em; }
#onlybad:checked ~ table.grid tr.allpass { display: none; }
""" + "".join(f"td.v-{v.value} {{ background: {c}; }}\n" for v, c in _COLOURS.items())


def _e(text: object) -> str:
    """Escape anything for HTML text or a quoted attribute, control characters spelled out."""
    return html.escape(visible(str(text)), quote=True)


def _table(headers: list[str], rows: list[list[object]], cls: str = "") -> list[str]:
    out = [f'<table class="{cls}">' if cls else "<table>", "<thead><tr>"]
    out += [f"<th>{_e(h)}</th>" for h in headers]
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>")
    out.append("</tbody></table>")
    return out


def _cell(r: TestResult | None) -> str:
    if r is None:
        return '<td class="v none">&mdash;</td>'
    v = r.verdict.value
    attrs = f'class="v v-{v}"'
    tip = r.reason.strip()
    if r.board:
        tip += ("\n" if tip else "") + f"board: {r.board}"
    if r.retried:
        tip += ("\n" if tip else "") + "retried once after a reconnect"
    if tip:
        attrs += f' title="{_e(tip)}"'
    diff = diff_of(r) if r.verdict not in PASSING else ""
    extra = r.actual if not diff and r.verdict in (Verdict.CRASH, Verdict.TIMEOUT, Verdict.ERROR) else ""
    if not (diff or extra or (r.reason and r.verdict is not Verdict.PASS)):
        return f"<td {attrs}>{_e(v)}</td>"
    body = [f"<details><summary>{_e(v)}</summary>"]
    if r.reason:
        body.append(f'<div class="reason">{_e(r.reason)}</div>')
    if diff:
        body.append(f"<pre>{_e(diff)}</pre>")
    elif extra:
        body.append(f"<pre>{_e(extra)}</pre>")
    body.append("</details>")
    return f"<td {attrs}>{''.join(body)}</td>"


def render_html(results: Iterable[TestResult], targets: Mapping[str, Mapping] | None = None, *,
                title: str = "mpconform compatibility report",
                meta: Mapping[str, Mapping[str, Any]] | None = None) -> str:
    """The report as one HTML document.

    `targets` maps labels to identity dicts (column headers show them; a `source` key names the results
    file); `meta` maps a source name to that run's metadata, shown at the top.
    """
    results = list(results)
    targets = targets or {}
    order = target_order(results, targets)
    grid: dict[str, dict[str, TestResult]] = defaultdict(dict)
    for r in results:
        grid[r.test][r.target] = r
    by_area: dict[str, list[str]] = defaultdict(list)
    for test in sorted(grid, key=test_key):
        by_area[area_of(test)].append(test)

    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>", f"<h1>{_e(title)}</h1>"]
    for source, m in (meta or {}).items():
        fields = "; ".join(f"{_e(k)}: {_e(' '.join(map(str, v)) if isinstance(v, list) else v)}"
                           for k, v in m.items())
        out.append(f'<p class="meta"><b>{_e(source)}</b> &mdash; {fields}</p>')

    out.append("<h2>Summary</h2>")
    out += _table(*summary_rows(results, targets))
    out.append("<h2>By area</h2>")
    out += _table(*area_rows(results, targets))

    out.append("<h2>Tests</h2>")
    out.append('<input type="checkbox" id="onlybad"> <label for="onlybad">hide tests every target passes</label>')
    out.append('<table class="grid"><thead><tr><th>test</th>')
    for label in order:
        ident = dict(targets.get(label) or {})
        sub = describe_identity(ident)
        src = ident.get("source")
        out.append(f"<th>{_e(label)}" + (f"<small>{_e(sub)}</small>" if sub else "")
                   + (f"<small>{_e(Path(str(src)).name)}</small>" if src else "") + "</th>")
    out.append("</tr></thead>")
    for area, tests in sorted(by_area.items(), key=lambda kv: test_key(kv[0])):
        out.append("<tbody>")
        head = [f'<tr class="area"><th>{_e(area)} ({len(tests)} tests)</th>']
        for label in order:
            passed, ran = passed_and_ran(count_by_verdict(grid[t][label] for t in tests if label in grid[t]))
            head.append(f"<th>{_e(rate(passed, ran))}</th>")
        out.append("".join(head) + "</tr>")
        for test in tests:
            row = grid[test]
            allpass = all(row.get(label) is not None and row[label].verdict is Verdict.PASS for label in order)
            _, name = split_test(test)
            cells = "".join(_cell(row.get(label)) for label in order)
            cls = ' class="allpass"' if allpass else ""
            out.append(f'<tr{cls}><td class="test" title="{_e(test)}">{_e(name)}</td>{cells}</tr>')
        out.append("</tbody>")
    out.append("</table></body></html>")
    return "\n".join(out) + "\n"


def write_html(path: str | Path, results: Iterable[TestResult], targets: Mapping[str, Mapping] | None = None,
               **options: Any) -> None:
    """Write `render_html(results, targets, **options)` to `path` (UTF-8, atomically)."""
    text = render_html(results, targets, **options)
    atomic_write(path, text)
