"""The report's sections, a registry: each builds its data from the ReportContext and names its page script.

A section is a module exposing `SECTION`, listed by dotted path in `BUILTIN` (imported when a report is
made, like the sub-commands of `mpconform`). The HTML page embeds each section's data as JSON and its
script from `reports/assets/`; the script registers a renderer under the section's id (see report.js).
A new kind of report content, such as benchmark tables, is one module and one line here.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .context import ReportContext

__all__ = ["Section", "BUILTIN", "register", "sections", "build_all"]


@dataclass(frozen=True)
class Section:
    """One part of the report: a tab of the HTML page."""

    id: str                                           # key of its data and of its renderer in the page
    title: str                                        # the tab's name
    build: Callable[[ReportContext], Any]             # its data (JSON-able), or None when it has nothing to show
    script: str                                       # file under reports/assets/ holding its renderer


#: Built-in sections in tab order: module path of each (the module defines SECTION).
BUILTIN: tuple[str, ...] = (
    "mpconform.reports.section_overview",
    "mpconform.reports.section_matrix",
    "mpconform.reports.section_features",
    "mpconform.reports.section_catalogue",
    "mpconform.reports.section_trend",
    "mpconform.reports.section_bench",
)

_extra: list[Section] = []


def register(section: Section) -> None:
    """Add a section after the built-in ones (a plugin's); a second one with the same id replaces the first."""
    _extra[:] = [s for s in _extra if s.id != section.id] + [section]


def sections() -> list[Section]:
    """Every section, built-in first, in tab order."""
    builtin = [importlib.import_module(path).SECTION for path in BUILTIN]
    ids = {s.id for s in _extra}
    return [s for s in builtin if s.id not in ids] + list(_extra)


def build_all(ctx: ReportContext) -> list[tuple[Section, Any]]:
    """(section, data) for every section that has something to show for `ctx`."""
    out = []
    for section in sections():
        data = section.build(ctx)
        if data is not None:
            out.append((section, data))
    return out
