"""Hostile results text in a real browser: shown as text in the matrix and the detail panel, never run."""
from __future__ import annotations

import pytest

from mpconform.results import TestResult, Verdict
from mpconform.reports.html import write_html

from .pages import open_report, visible_rows

pytestmark = pytest.mark.browser

NASTY = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>\x00"\'&'


def test_hostile_test_names_outputs_and_labels_are_text(browser, tmp_path):
    path = tmp_path / "hostile.html"
    write_html(path, [TestResult(f"a/{NASTY}.py", NASTY, Verdict.FAIL, reason=NASTY, expected="1\n", actual=NASTY)],
               {NASTY: {"implementation": NASTY}}, title=NASTY, meta={"command": ["mpconform", "run", "-t", NASTY]})
    open_report(browser, path, "matrix")
    shown = NASTY.replace("\x00", "\\x00")
    assert visible_rows(browser) == [[f"a/{shown}.py", "fail"]]
    browser.find_element("css selector", "td.v-fail").click()
    panel = browser.find_element("css selector", "aside#detail").text
    assert f"+{shown}" in panel and shown in browser.find_element("css selector", "aside#detail pre").text
    assert browser.title == shown
    assert browser.execute_script("return window.pwned === undefined && document.images.length === 0")
