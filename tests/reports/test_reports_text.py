"""Shared text helpers: visible escaping, diffs split at newlines only, areas, natural order."""
from __future__ import annotations

from mpconform.reports._text import area_of, diff_of, test_key, visible
from mpconform.results import TestResult, Verdict


def test_visible_spells_out_controls_and_smuggled_bytes():
    assert visible("a\tb\nc") == "a\tb\nc"
    assert visible("\x00\r\x1b\x7f\x85") == "\\x00\\r\\x1b\\x7f\\x85"
    assert visible(b"\xff".decode("utf-8", "surrogateescape")) == "\\xff"
    assert visible("\ud800\ufffe\uffff") == "\\ud800\\ufffe\\uffff"
    assert visible("é€😀") == "é€😀"


def test_diff_splits_only_at_newlines():
    r = TestResult("t.py", "u", Verdict.FAIL, expected="a\x0bb\n", actual="a\x0bc\n")
    assert diff_of(r) == "--- expected\n+++ actual\n@@ -1 +1 @@\n-a\x0bb\n+a\x0bc\n"


def test_diff_marks_a_missing_final_newline():
    r = TestResult("t.py", "u", Verdict.FAIL, expected="1\n", actual="1")
    assert diff_of(r).endswith("-1\n+1\n\\ No newline at end of file\n")


def test_stored_diff_wins_and_equal_outputs_have_none():
    assert diff_of(TestResult("t.py", "u", Verdict.FAIL, expected="1", actual="2", diff="D")) == "D"
    assert diff_of(TestResult("t.py", "u", Verdict.FAIL, expected="1", actual="1")) == ""
    assert diff_of(TestResult("t.py", "u", Verdict.FAIL, expected=None, actual="1")) == ""


def test_area_is_the_first_path_component():
    assert area_of("basics/int_abs.py") == "basics"
    assert area_of("extmod/vfs/mount.py") == "extmod"
    assert area_of("top.py") == "(top)"


def test_tests_sort_by_folder_then_natural_number_order():
    tests = ["b/x.py", "a/t10.py", "a/t2.py", "a/sub/z.py", "top.py"]
    assert sorted(tests, key=test_key) == ["top.py", "a/t2.py", "a/t10.py", "a/sub/z.py", "b/x.py"]
