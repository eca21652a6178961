"""The baseline gate: every verdict transition classified, new/removed tests, updates, bad files."""
from __future__ import annotations

import itertools
import json

import pytest

from mpconform.reports.baseline import (Change, compare, format_comparison, load_baseline, update_baseline,
                              write_baseline)
from mpconform.reports.errors import ReportError
from mpconform.results import TestResult, Verdict

V = Verdict
GOOD = {V.PASS, V.XPASS}
# Written out by hand (not derived from is_regression), so a change of the gate's rules shows up here.
WORSE_THAN_PASS = {V.SKIP, V.XFAIL, V.NOTRUN, V.FAIL, V.TIMEOUT, V.CRASH, V.ERROR}


def _bucket(before: Verdict, after: Verdict) -> str:
    cmp = compare({"u": {"t.py": before}}, [TestResult("t.py", "u", after)])
    found = [name for name in ("regressions", "newly_passing", "changed", "new_tests", "removed_tests")
             if getattr(cmp, name)]
    assert len(found) <= 1, (before, after, found)
    return found[0] if found else "same"


@pytest.mark.parametrize("before, after", list(itertools.product(Verdict, Verdict)),
                         ids=lambda v: v.value)
def test_every_transition_lands_in_exactly_the_right_bucket(before, after):
    if before in GOOD and after in WORSE_THAN_PASS:
        want = "regressions"
    elif before not in GOOD and after in GOOD:
        want = "newly_passing"
    elif before is after:
        want = "same"
    else:
        want = "changed"  # pass <-> xpass, fail -> crash, skip -> fail: shown, not gated
    assert _bucket(before, after) == want


def test_regression_fails_the_gate_and_is_described():
    cmp = compare({"unix": {"a/x.py": V.PASS, "a/y.py": V.FAIL}},
                  [TestResult("a/x.py", "unix", V.CRASH), TestResult("a/y.py", "unix", V.PASS)])
    assert not cmp.ok
    assert cmp.regressions == (Change("unix", "a/x.py", V.PASS, V.CRASH),)
    assert cmp.newly_passing == (Change("unix", "a/y.py", V.FAIL, V.PASS),)
    assert format_comparison(cmp) == (
        "REGRESSIONS (1):\n  unix: a/x.py: pass -> crash\n"
        "newly passing (1):\n  unix: a/y.py: fail -> pass")


def test_new_and_removed_tests_are_listed_but_not_gated():
    cmp = compare({"unix": {"a/old.py": V.PASS, "a/same.py": V.PASS}},
                  [TestResult("a/same.py", "unix", V.PASS), TestResult("a/new.py", "unix", V.FAIL)])
    assert cmp.ok
    assert cmp.new_tests == (Change("unix", "a/new.py", None, V.FAIL),)
    assert cmp.removed_tests == (Change("unix", "a/old.py", V.PASS, None),)
    assert format_comparison(cmp) == "new tests (1):\nremoved tests (1):\n  unix: a/old.py: pass -> (absent)"


def test_a_target_missing_from_the_baseline_brings_only_new_tests():
    cmp = compare({}, [TestResult("a/x.py", "wasm", V.FAIL)])
    assert cmp.ok and cmp.new_tests == (Change("wasm", "a/x.py", None, V.FAIL),)


def test_baseline_targets_that_did_not_run_are_ignored():
    cmp = compare({"wasm": {"a/x.py": V.PASS}}, [TestResult("a/x.py", "unix", V.PASS)])
    assert cmp.ok and not cmp.removed_tests and cmp.new_tests == (Change("unix", "a/x.py", None, V.PASS),)


def test_no_change_says_so():
    assert format_comparison(compare({"u": {"t.py": V.PASS}}, [TestResult("t.py", "u", V.PASS)])) == \
        "no change against the baseline"


def test_update_creates_a_sorted_readable_file(tmp_path):
    path = tmp_path / "baseline.json"
    update_baseline(path, [TestResult("b/t10.py", "unix", V.FAIL), TestResult("b/t2.py", "unix", V.PASS),
                           TestResult("a.py", "cpython", V.SKIP)])
    assert path.read_text() == (
        '{\n "cpython": {\n  "a.py": "skip"\n },\n'
        ' "unix": {\n  "b/t2.py": "pass",\n  "b/t10.py": "fail"\n }\n}\n')
    assert load_baseline(path) == {"cpython": {"a.py": V.SKIP}, "unix": {"b/t2.py": V.PASS, "b/t10.py": V.FAIL}}


def test_update_keeps_other_targets_and_recorded_verdicts_of_tests_not_run(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(path, {"wasm": {"a.py": V.FAIL}, "unix": {"a.py": V.PASS, "b.py": V.PASS, "gone.py": V.PASS}})
    new = update_baseline(path, [TestResult("a.py", "unix", V.NOTRUN), TestResult("b.py", "unix", V.FAIL),
                                 TestResult("c.py", "unix", V.NOTRUN)])
    # NOTRUN never overwrites a verdict; a test never judged records NOTRUN; prune drops gone.py.
    assert new == {"wasm": {"a.py": V.FAIL}, "unix": {"a.py": V.PASS, "b.py": V.FAIL, "c.py": V.NOTRUN}}
    assert load_baseline(path) == new


def test_update_without_prune_keeps_tests_a_partial_run_did_not_touch(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(path, {"unix": {"a.py": V.PASS, "b.py": V.PASS}})
    new = update_baseline(path, [TestResult("b.py", "unix", V.FAIL)], prune=False)
    assert new == {"unix": {"a.py": V.PASS, "b.py": V.FAIL}}


@pytest.mark.parametrize("content, message", [
    ("[1, 2", r"not valid JSON at line 1 column 6"),
    ("[]", r"expected a JSON object \{target: \{test: verdict\}\}, got list"),
    ('{"unix": ["a.py"]}', r"target 'unix': expected an object \{test: verdict\}, got list"),
    ('{"unix": {"a.py": "passed"}}', r"target 'unix', test 'a.py': expected a verdict \(pass, fail, .*\); got 'passed'"),
    ('{"unix": {"a.py": null}}', r"target 'unix', test 'a.py': expected a verdict .*; got None"),
    ('{"schema": "mpconform-results/1", "results": []}', r"this is a results file, not a baseline"),
])
def test_malformed_baseline_gives_an_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "base.json"
    path.write_text(content)
    with pytest.raises(ReportError, match=message) as info:
        load_baseline(path)
    assert str(info.value).startswith(f"{path}: ")


def test_missing_baseline_file_is_a_report_error(tmp_path):
    with pytest.raises(ReportError, match=r"cannot read baseline file"):
        load_baseline(tmp_path / "none.json")


def test_update_refuses_to_overwrite_a_malformed_baseline(tmp_path):
    path = tmp_path / "base.json"
    path.write_text("{oops")
    with pytest.raises(ReportError):
        update_baseline(path, [TestResult("a.py", "u", V.PASS)])
    assert path.read_text() == "{oops"


def test_written_baseline_is_plain_json_of_verdict_strings(tmp_path):
    path = tmp_path / "b.json"
    write_baseline(path, {"u": {"t.py": V.XFAIL}})
    assert json.loads(path.read_text()) == {"u": {"t.py": "xfail"}}
