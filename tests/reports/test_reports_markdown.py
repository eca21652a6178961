"""Markdown summary: totals per column, regressions and newly passing tests, worst areas, short enough for CI."""
from __future__ import annotations

from mpconform.results import TestResult, Verdict
from mpconform.reports.context import build_context
from mpconform.reports.markdown import LIST_LIMIT, render_markdown
from mpconform.reports.runs import Run

V = Verdict


def _run(source: str, version: str, verdicts: dict[str, Verdict], day: str = "") -> Run:
    return Run(source, tuple(TestResult(t, "unix", v) for t, v in verdicts.items()),
               {"unix": {"implementation": "micropython", "version": version}}, {"started": day} if day else {})


def test_totals_leave_the_catalogue_out_of_the_pass_rate_and_say_what_it_counts():
    run = _run("r.json", "1.29.0", {"a/x.py": V.PASS, "a/y.py": V.FAIL, "b/z.py": V.SKIP,
                                    "cpydiff/d1.py": V.XFAIL, "cpydiff/d2.py": V.XFAIL})
    md = render_markdown(build_context([run], title="CI | run"))
    assert md.splitlines()[:4] == [
        "## CI \\| run", "",
        "| target | version | pass rate | passed/ran | fail | xfail | skip | documented differences |",
        "|---|---|---|---|---|---|---|---|"]
    assert "| **unix** | 1.29.0 | 50.0% | 1/2 | 1 | 0 | 1 | 2/2 |" in md
    assert "_Pass rate_: tests passed (pass or xpass) out of tests run" in md
    assert "| **unix** | a 50.0% (1/2) |" in md  # worst areas: the catalogue is not one of them


def test_regressions_between_the_last_two_runs_of_a_target():
    runs = [_run("old.json", "1.28.0", {"a/x.py": V.PASS, "a/y.py": V.FAIL}),
            _run("new.json", "1.29.0", {"a/x.py": V.CRASH, "a/y.py": V.PASS})]
    md = render_markdown(build_context(runs))
    assert "### Regressions unix 1.28.0 → unix 1.29.0 (1)\n\n- ❌ `a/x.py` on **unix**: pass → crash" in md
    assert "### Newly passing unix 1.28.0 → unix 1.29.0 (1)\n\n- ✅ `a/y.py` on **unix**: fail → pass" in md


def test_regressions_against_a_baseline_use_each_targets_newest_run_and_are_capped():
    tests = {f"a/t{i:02}.py": V.FAIL for i in range(LIST_LIMIT + 5)}
    runs = [_run("old.json", "1.28.0", dict.fromkeys(tests, V.PASS), "2026-01-01"),
            _run("new.json", "1.29.0", tests, "2026-02-01")]
    baseline = {"unix": dict.fromkeys(tests, V.PASS)}
    md = render_markdown(build_context(runs, baseline=baseline, baseline_source="base.json"))
    assert f"### Regressions against the baseline base.json ({LIST_LIMIT + 5})" in md
    assert md.count("- ❌ ") == LIST_LIMIT and "- … and 5 more" in md


def test_no_change_is_said_in_one_line():
    runs = [_run("old.json", "1.28.0", {"a/x.py": V.PASS}), _run("new.json", "1.29.0", {"a/x.py": V.PASS})]
    assert "No regression and no newly passing test: unix 1.28.0 → unix 1.29.0." in render_markdown(build_context(runs))


def test_a_catalogue_test_differing_again_is_no_regression():
    runs = [_run("old.json", "1.28.0", {"cpydiff/d.py": V.XPASS, "a/x.py": V.PASS}),
            _run("new.json", "1.29.0", {"cpydiff/d.py": V.XFAIL, "a/x.py": V.PASS})]
    md = render_markdown(build_context(runs))
    assert "Regressions" not in md and "No regression and no newly passing test: unix 1.28.0 → unix 1.29.0." in md
    baseline = {"unix": {"cpydiff/d.py": V.PASS, "a/x.py": V.PASS}}
    assert "Regressions" not in render_markdown(build_context(runs, baseline=baseline, baseline_source="b.json"))
