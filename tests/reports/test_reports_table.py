"""Console tables: golden strings for the summary, breadth-by-area and details listings."""
from __future__ import annotations

import pytest

from mpconform.reports.table import FORMATS, area_table, details, render, summary_table
from mpconform.results import TestResult, Verdict

SUMMARY = """\
target    identity                           tests    pass    xpass    fail    timeout    crash    error    xfail    skip    notrun  pass rate
--------  -------------------------------  -------  ------  -------  ------  ---------  -------  -------  -------  ------  --------  -----------
unix      micropython 1.29.0 linux x86_64        8       1        1       1          1        1        0        1       2         0  33.3%
cpython   cpython 3.11.7 linux                   6       4        0       0          0        0        1        0       0         1  80.0%"""

AREAS = """\
area      tests  unix          cpython
------  -------  ------------  ------------
(top)         1  100.0% (1/1)  -
basics        3  33.3% (1/3)   100.0% (3/3)
extmod        2  0.0% (0/2)    -
float         2  -             50.0% (1/2)
total         8  33.3% (2/6)   80.0% (4/5)"""

AREAS_CSV = """\
area,tests,unix,cpython
(top),1,100.0% (1/1),-
basics,3,33.3% (1/3),100.0% (3/3)
extmod,2,0.0% (0/2),-
float,2,-,50.0% (1/2)
total,8,33.3% (2/6),80.0% (4/5)"""

DETAILS = """\
unix (micropython 1.29.0 linux x86_64): 1 pass, 1 xpass, 1 fail, 1 timeout, 1 crash, 1 xfail, 2 skip
  xpass: bug #12 (1)
    top.py
  fail: output differs (1)
    basics/int_pow.py
  timeout: no output for 10 s (1)
    extmod/loop.py
  crash: signal 11 (1)
    extmod/boom.py
  xfail: no bigint (1)
    basics/int_big.py
  skip: needs float (2)
    float/fmt.py
    float/nan.py
cpython (cpython 3.11.7 linux): 4 pass, 1 error, 1 notrun
  error: cannot decode test file (1)
    float/nan.py
  notrun: run aborted (1)
    extmod/loop.py"""


def test_summary_counts_every_verdict_and_rates_over_tests_that_ran(sample_results, sample_targets):
    assert summary_table(sample_results, sample_targets) == SUMMARY


def test_summary_shows_only_pass_fail_skip_when_nothing_else_happened():
    results = [TestResult("a/x.py", "unix", Verdict.PASS), TestResult("a/y.py", "unix", Verdict.SKIP)]
    assert summary_table(results) == """\
target      tests    pass    fail    skip  pass rate
--------  -------  ------  ------  ------  -----------
unix            2       1       0       1  100.0%"""


def test_summary_lists_a_target_without_results_in_the_given_order(sample_targets):
    results = [TestResult("a/x.py", "cpython", Verdict.PASS)]
    text = summary_table(results, sample_targets)
    lines = text.splitlines()
    assert lines[2].startswith("unix ") and lines[2].endswith("  -")
    assert lines[3].startswith("cpython ") and lines[3].endswith("100.0%")


def test_area_table_counts_distinct_tests_and_rates_each_target(sample_results, sample_targets):
    assert area_table(sample_results, sample_targets) == AREAS


def test_area_table_in_csv(sample_results, sample_targets):
    assert area_table(sample_results, sample_targets, fmt="csv") == AREAS_CSV


def test_area_table_in_markdown(sample_results, sample_targets):
    lines = area_table(sample_results, sample_targets, fmt="markdown").splitlines()
    assert lines[0] == "| area   |   tests | unix         | cpython      |"
    assert lines[1] == "|--------|---------|--------------|--------------|"
    assert lines[-1] == "| total  |       8 | 33.3% (2/6)  | 80.0% (4/5)  |"


def test_details_group_failures_and_skips_by_reason(sample_results, sample_targets):
    assert details(sample_results, sample_targets) == DETAILS


def test_details_limit_counts_the_tests_not_listed():
    results = [TestResult(f"a/t{i}.py", "unix", Verdict.SKIP, reason="needs float") for i in range(1, 12)]
    assert details(results, limit=2) == """\
unix: 11 skip
  skip: needs float (11)
    a/t1.py
    a/t2.py
    ... and 9 more"""


def test_details_biggest_reason_group_comes_first():
    results = [TestResult("a/1.py", "u", Verdict.FAIL, reason="zeta"),
               TestResult("a/2.py", "u", Verdict.FAIL, reason="alpha"),
               TestResult("a/3.py", "u", Verdict.FAIL, reason="zeta")]
    assert [ln for ln in details(results).splitlines() if ln.startswith("  fail")] == [
        "  fail: zeta (2)", "  fail: alpha (1)"]


def test_unknown_format_names_the_choices():
    with pytest.raises(ValueError, match=r"unknown table format 'nope'; expected one of: .*github"):
        render(["a"], [[1]], fmt="nope")


def test_every_advertised_format_renders(sample_results):
    for fmt in FORMATS:
        assert "basics" in area_table(sample_results, fmt=fmt), fmt


def test_empty_results_give_a_total_row_only():
    assert area_table([]) == "area      tests\n------  -------\ntotal         0"


def test_details_can_show_only_some_verdicts_given_as_any_iterable(sample_results):
    text = details(sample_results, verdicts=(v for v in [Verdict.CRASH, Verdict.ERROR]))
    groups = [ln for ln in text.splitlines() if ln.startswith("  ") and not ln.startswith("    ")]
    assert groups == ["  crash: signal 11 (1)", "  error: cannot decode test file (1)"]


def test_catalogue_tests_are_documented_differences_not_failures_in_the_rates():
    V = Verdict
    results = [TestResult("a/x.py", "unix", V.PASS), TestResult("a/y.py", "unix", V.FAIL),
               TestResult("cpydiff/d1.py", "unix", V.XFAIL), TestResult("cpydiff/d2.py", "unix", V.XPASS)]
    assert summary_table(results) == """\
target      tests    pass    xpass    fail    xfail    skip  pass rate    documented differences
--------  -------  ------  -------  ------  -------  ------  -----------  ------------------------
unix            4       1        1       1        1       0  50.0%        1/2"""
    assert area_table(results) == """\
area                       tests  unix
-----------------------  -------  -----------
a                              2  50.0% (1/2)
cpydiff                        2  1/2 differ
total (without cpydiff)        2  50.0% (1/2)"""
