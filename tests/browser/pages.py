"""Helpers to open a report in the browser and work its controls as a person would (clicks, typing)."""
from __future__ import annotations

import time
from pathlib import Path

__all__ = ["open_report", "visible_rows", "shown_rows", "column_labels", "shown_count"]


def open_report(driver, path: Path, hash_: str = "") -> dict:
    """Load the report at `path` (with `#hash_`), wait until it has painted; its timings (ms since navigation)."""
    driver.get(path.resolve().as_uri() + (f"#{hash_}" if hash_ else ""))
    end = time.monotonic() + 20
    while time.monotonic() < end:
        timings = driver.execute_script("return window.mpcTimings || null")
        if timings and "painted" in timings:
            return timings
        time.sleep(0.02)
    raise AssertionError(f"{path}: the report did not finish rendering within 20 s")


def visible_rows(driver) -> list[list[str]]:
    """The matrix's test rows in the document (those near the viewport): [test, cell text per shown column]."""
    return driver.execute_script(
        "return [...document.querySelectorAll('#page-matrix table.grid tbody tr:not(.group):not(.spacer)')]"
        ".map(tr => [...tr.cells].map(td => td.textContent))")


def shown_rows(driver) -> list[list[str]]:
    """Every row the filters leave, drawn or not, as the matrix's own list has them."""
    return driver.execute_script("return MPC.renderer('matrix').shownRows()")


def column_labels(driver) -> list[str]:
    """The matrix's column headers' first line (the column label)."""
    return driver.execute_script(
        "return [...document.querySelectorAll('#page-matrix table.grid thead th')].slice(1)"
        ".map(th => th.firstChild.textContent)")


def shown_count(driver) -> str:
    return driver.execute_script("return document.querySelector('#page-matrix .count').textContent")
