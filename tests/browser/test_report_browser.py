"""The HTML report in a real browser: built from real runs on five targets, filtered, a failing cell opened.

The runs are real: `mpconform run` on cpython, ref, unix, wasm and the emulated micro:bit (QEMU), on a small
slice of the bundled suite plus one test written here that every MicroPython target fails (it prints the
implementation's name), so the report has real failures, documented differences and skips to show.
A screenshot of the opened failure goes to the artefacts folder (see conftest.py).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mpconform.conformance.discovery import BUNDLED_SUITE

from .conftest import REPO, artefacts_dir
from .pages import column_labels, open_report, shown_count, shown_rows, visible_rows

TARGETS = ("cpython", "ref", "unix", "wasm", "qemu-microbit")
SELECT = ("basics/int_big", "basics/int_bit", "cpydiff/core_class_m", "report/")

pytestmark = [pytest.mark.slow, pytest.mark.browser, pytest.mark.qemu, pytest.mark.node]


def _mpconform(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mpconform", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def real_report(tmp_path_factory, require_target) -> Path:
    """report.html (and report.md) from one real run of the selection on the five targets."""
    for target in TARGETS:
        require_target(target)
    work = tmp_path_factory.mktemp("real-runs")
    extra = work / "extra" / "report"
    extra.mkdir(parents=True)
    (extra / "impl_name.py").write_text("import sys\nprint(sys.implementation.name)\n")
    results = work / "five.json"
    args = [str(BUNDLED_SUITE / "basics"), str(BUNDLED_SUITE / "cpydiff"), str(work / "extra"), "-q", "-j", "2",
            "--journal", str(work / "journal.jsonl"), "--json", str(results)]
    for target in TARGETS:
        args += ["-t", target]
    for pattern in SELECT:
        args += ["-k", pattern]
    done = _mpconform("run", *args, cwd=REPO)
    assert done.returncode in (0, 1), f"mpconform run failed ({done.returncode}):\n{done.stderr}\n{done.stdout}"
    html, md = work / "report.html", work / "report.md"
    done = _mpconform("report", str(results), "--html", str(html), "--markdown", str(md), cwd=REPO)
    assert done.returncode == 0, done.stderr
    return html


def test_real_runs_report_filters_and_opens_a_failing_cell(browser, real_report):
    timings = open_report(browser, real_report, "matrix")
    assert column_labels(browser) == list(TARGETS)
    total = len(visible_rows(browser))
    assert total >= 10 and shown_count(browser) == f"{total} of {total} tests shown"
    assert visible_rows(browser) == shown_rows(browser)  # a short report is drawn whole

    # Text: one test.
    box = browser.find_element("css selector", "#page-matrix input[name=q]")
    box.send_keys("impl_name")
    rows = visible_rows(browser)
    assert [r[0] for r in rows] == ["report/impl_name.py"]
    assert rows[0][1:] == ["pass", "fail", "fail", "fail", "fail"]  # CPython is the oracle
    box.clear()
    browser.execute_script("arguments[0].dispatchEvent(new Event('input'))", box)
    assert len(visible_rows(browser)) == total

    # Status: "not passing" leaves only rows with a non-pass cell.
    browser.find_element("css selector", "#page-matrix button[data-act=bad]").click()
    bad = visible_rows(browser)
    assert 0 < len(bad) < total
    assert all(any(cell != "pass" for cell in row[1:]) for row in bad)

    # Target: without cpython, four columns.
    browser.find_element("css selector", "#page-matrix input[name=col][value='0']").click()
    assert column_labels(browser) == list(TARGETS[1:])
    browser.find_element("css selector", "#page-matrix input[name=col][value='0']").click()

    # Area: the catalogue's tests show documented differences, not failures.
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element("css selector", "#page-matrix select[name=in]")).select_by_value("cpydiff")
    rows = visible_rows(browser)
    assert rows and all(r[0].startswith("cpydiff/") for r in rows)
    assert all(r[1] == "pass" and set(r[2:]) == {"differs"} for r in rows), rows
    Select(browser.find_element("css selector", "#page-matrix select[name=in]")).select_by_value("")
    browser.find_element("css selector", "#page-matrix button[data-act=all]").click()

    # A failing cell opens its detail: the diff, the target's identity, the command that reproduces it.
    cell = browser.find_element("css selector", "#page-matrix td.v-fail[data-c]")
    test = browser.execute_script("return arguments[0].parentNode.cells[0].textContent", cell)
    cell.click()
    panel = browser.find_element("css selector", "aside#detail")
    assert panel.is_displayed()
    text = panel.text
    assert test in text and "Expected → actual" in text and "micropython" in text
    command = browser.find_element("css selector", "aside#detail pre.command").text
    assert command.startswith("mpconform run ") and test in command and " -t " in command
    shot = artefacts_dir("report-browser") / "real-runs-failing-cell.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000

    # The link to the cell reopens it on a fresh load.
    link = browser.current_url
    assert "cell=" in link
    browser.get("about:blank")
    browser.get(link)
    open_report(browser, real_report, link.split("#", 1)[1])
    assert browser.find_element("css selector", "aside#detail").is_displayed()
    assert test in browser.find_element("css selector", "aside#detail h2").text

    # The catalogue tab: what each target printed for a documented difference.
    browser.find_element("css selector", "#tab-catalogue").click()
    entry = browser.find_element("css selector", "#diff-core_class_mro")
    assert "Method Resolution Order" in entry.text and "differs as documented" in entry.text

    severe = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe
    assert timings["painted"] < 5000


def test_markdown_summary_of_the_real_runs(real_report):
    md = real_report.with_suffix(".md").read_text()
    assert md.startswith("## mpconform compatibility report\n")
    for target in TARGETS:
        assert f"| **{target}** |" in md
    assert len(md) < 65_536  # fits a pull-request comment
