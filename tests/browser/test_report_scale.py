"""The HTML report at 2,000 tests × 8 columns opens and filters in well under a second in headless Chromium.

The results are made up (four targets, each at two versions, so the trend tab is there too) with the mix of
verdicts, diffs and tracebacks a real suite has. Timings are measured in the page: from navigation to the
frame after the matrix was rendered, and from a filter's input to the re-laid-out table. They are written
to the artefacts folder (report-browser/scale-timings.json) with a screenshot.
"""
from __future__ import annotations

import json
import random

import pytest

from mpconform.results import TestResult, Verdict
from mpconform.cli import main as mpconform_main
from mpconform.reports.json_report import write_json

from .conftest import artefacts_dir
from .pages import open_report, shown_count, shown_rows, visible_rows

pytestmark = [pytest.mark.slow, pytest.mark.browser]

TESTS, AREAS, CATALOGUE = 2000, 40, 60
TARGETS = {"unix": "micropython", "wasm": "micropython", "esp32": "micropython", "rp2": "micropython"}
#: Budgets in ms: "well under a second" on a 2-core machine other jobs share.
OPEN_BUDGET, FILTER_BUDGET = 1000.0, 400.0

V = Verdict
_MIX = [(V.PASS, 80), (V.FAIL, 7), (V.XFAIL, 4), (V.SKIP, 4), (V.CRASH, 2), (V.TIMEOUT, 1), (V.ERROR, 1),
        (V.XPASS, 1)]


def _result(rng: random.Random, test: str, target: str) -> TestResult:
    if test.startswith("cpydiff/"):
        return TestResult(test, target, V.XFAIL, 0.01, reason=f"known difference {test}", expected="a\n",
                          actual="b\n", diff="--- expected\n+++ actual\n@@ -1 +1 @@\n-a\n+b\n")
    verdict = rng.choices([v for v, _ in _MIX], [w for _, w in _MIX])[0]
    if verdict is V.FAIL:
        lines = [f"line {i}" for i in range(rng.randint(3, 40))]
        actual = lines[:-1] + ["Traceback (most recent call last):", '  File "<stdin>", line 3, in <module>',
                               "TypeError: unsupported types"]
        return TestResult(test, target, verdict, 0.02, reason="output differs", expected="\n".join(lines) + "\n",
                          actual="\n".join(actual) + "\n")
    if verdict is V.PASS:
        return TestResult(test, target, verdict, 0.003)
    return TestResult(test, target, verdict, 0.5, reason=f"{verdict.value}: reason {rng.randint(0, 30)}",
                      actual="partial output\n" if verdict in (V.CRASH, V.TIMEOUT) else None)


@pytest.fixture(scope="module")
def big_report(tmp_path_factory):
    work = tmp_path_factory.mktemp("scale")
    rng = random.Random(13)
    tests = [f"cpydiff/entry_{i:03}.py" for i in range(CATALOGUE)]
    tests += [f"area{i % AREAS:02}/test_{i:04}.py" for i in range(TESTS - CATALOGUE)]
    files = []
    for version, day in (("1.28.0", "2026-10-01T00:00:00"), ("1.29.0", "2026-11-01T00:00:00")):
        results = [_result(rng, t, target) for target in TARGETS for t in tests]
        path = work / f"run-{version}.json"
        write_json(path, results, {t: {"implementation": impl, "version": version, "platform": t,
                                       "capabilities": {"features": {"float": True, "bigint": t != "rp2"}}}
                                   for t, impl in TARGETS.items()}, {"started": day, "suite": ["/nowhere/suite"]})
        files.append(str(path))
    html = work / "big.html"
    assert mpconform_main(["report", *files, "--html", str(html), "--details", "0"]) == 0
    return html


def _timed(driver, script: str) -> float:
    """Run `script` (it works the controls) and force layout; its duration in ms, measured in the page."""
    return driver.execute_script(
        "const t0 = performance.now();" + script + "; document.body.offsetHeight; return performance.now() - t0;")


def test_2000_tests_by_8_columns_open_and_filter_well_under_a_second(browser, big_report, capsys):
    timings = open_report(browser, big_report, "matrix")
    opened = timings["painted"]
    assert shown_count(browser) == f"{TESTS} of {TESTS} tests shown" and len(shown_rows(browser)) == TESTS
    # Only rows near the viewport are in the document; scrolling to the end draws the last ones.
    assert len(visible_rows(browser)) < 200
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    browser.execute_script("return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    assert visible_rows(browser)[-1][0] == shown_rows(browser)[-1][0]
    browser.execute_script("window.scrollTo(0, 0)")
    filters = {
        "text": _timed(browser, "const q = document.querySelector('#page-matrix input[name=q]');"
                                "q.value = 'test_01'; q.dispatchEvent(new Event('input'))"),
        "clear text": _timed(browser, "const q = document.querySelector('#page-matrix input[name=q]');"
                                      "q.value = ''; q.dispatchEvent(new Event('input'))"),
        "status: not passing": _timed(browser, "document.querySelector('#page-matrix button[data-act=bad]').click()"),
        "target: hide one": _timed(browser, "document.querySelector('#page-matrix input[name=col]').click()"),
        "area": _timed(browser, "const s = document.querySelector('#page-matrix select[name=in]');"
                                "s.value = 'area07'; s.dispatchEvent(new Event('change'))"),
        "group by feature": _timed(browser, "const s = document.querySelector('#page-matrix select[name=group]');"
                                            "s.value = 'feature'; s.dispatchEvent(new Event('change'))"),
    }
    assert "tests shown" in shown_count(browser)
    folder = artefacts_dir("report-browser")
    browser.save_screenshot(str(folder / "scale-2000x8.png"))
    figures = {"open_ms": round(opened, 1), "filters_ms": {k: round(v, 1) for k, v in filters.items()},
               "html_bytes": big_report.stat().st_size}
    (folder / "scale-timings.json").write_text(json.dumps(figures, indent=1) + "\n")
    with capsys.disabled():
        print(f"\nreport 2000x8: {json.dumps(figures)}")
    assert opened < OPEN_BUDGET, figures
    assert max(filters.values()) < FILTER_BUDGET, figures
