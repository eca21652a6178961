"""run-tests.py's readings of an output, literal: unittest summaries, special tests' .exp patterns, CPython's
compile failures, and its skip rules given the feature checks' answers."""
from __future__ import annotations

import sys

import pytest

from mpconform.conformance.upstream_output import (cpython_cannot_compile, is_special, match_special,
                                                   unittest_summary)
from mpconform.conformance.upstream_skips import skip_reason

DASHES = b"-" * 70


@pytest.mark.parametrize("tail, passed, detail", [
    (b"OK\n", True, "unittest ran 3 tests: OK"),
    (b"OK (skipped=1)\n", True, "unittest ran 3 tests: OK (skipped=1)"),
    (b"FAILED (failures=1, errors=2)\n", False, "unittest ran 3 tests: FAILED (failures=1, errors=2)"),
])
def test_a_unittest_summary_is_the_verdict(tail, passed, detail):
    out = b"test_a (T) ... ok\n\n" + DASHES + b"\nRan 3 tests\n\n" + tail
    summary = unittest_summary(out.replace(b"\n", b"\r\n"))
    assert (summary.passed, summary.missing, summary.detail) == (passed, False, detail)


@pytest.mark.parametrize("out", [
    b"Ran 3 tests\n\nOK\n",                                    # micropython-unittest 0.4: no dashes
    b"..\n" + DASHES + b"\nRan 2 tests in 0.001s\n\nOK\n",    # CPython's unittest
    b"OK\n",
    b"",
])
def test_other_outputs_are_no_unittest_summary(out):
    assert unittest_summary(out) is None


def test_a_missing_unittest_in_the_last_lines_says_so():
    out = b"Traceback (most recent call last):\n  File \"t.py\", line 1, in <module>\n" \
          b"ImportError: no module named 'unittest'\n"
    summary = unittest_summary(out)
    assert summary.missing and not summary.passed


def test_special_tests_are_run_tests_lists_and_areas():
    assert is_special("basics/builtin_help.py") and is_special("cmdline/cmd_verbose.py")
    assert not is_special("basics/builtin_abs.py")


def test_hashes_take_any_lines_up_to_the_next_match():
    exp = b"########\nFalse\n########\nFalse\n"
    warned = b"Warning: Comparison between bytes and str\nFalse\nWarning: x\nWarning: y\nFalse\n"
    assert match_special(exp, warned) == exp
    assert match_special(exp, b"False\nFalse\n") == exp


def test_hashes_that_find_no_next_line_mark_a_failure():
    assert match_special(b"########\ndone\n", b"help text\nmore\n") == b"######## FAIL\nmore\n"


def test_escaped_regex_in_special_exp_lines():
    exp = b"stack: \\\\d\\+ out of \\\\d\\+\nGC: total: \\\\d\\+\nliteral (1)\n"
    assert match_special(exp, b"stack: 1234 out of 80000\nGC: total: 5\nliteral (1)\n") == exp
    assert match_special(exp, b"stack: x out of 8\nGC: total: 5\nliteral (1)\n") != exp


def test_a_final_hashes_line_takes_the_rest():
    assert match_special(b"first\n########\n", b"first\na\nb\n") == b"first\n########\n"


def test_cpython_compile_failure_is_told_from_a_runtime_syntax_error():
    compile_time = b'  File "t.py", line 3\n    template = t"a{x}"\n               ^^^^^^\nSyntaxError: invalid syntax\n'
    assert cpython_cannot_compile(compile_time, "SyntaxError") == "SyntaxError: invalid syntax"
    runtime = b"Traceback (most recent call last):\n" + compile_time
    assert cpython_cannot_compile(runtime, "SyntaxError") == ""
    assert cpython_cannot_compile(compile_time, "NameError") == ""


def _answers(**outputs: bytes):
    """Feature-check outputs of a target: the named ones, else what a full unix build prints."""
    full = {"native": b"native\n", "int_big": b"1000000000000000000000000000000000000000000000\n",
            "bytearray": b"bytearray\n", "set": b"", "slice": b"slice\n", "async": b"", "const": b"",
            "revops": b"", "io": b"io\n", "fstring": b"a=1\n", "complex": b"complex\n", "coverage": b"no\n",
            "byteorder": sys.byteorder.encode() + b"\n", "float": b"64\n"}
    asked = []

    def result(name: str) -> bytes:
        asked.append(name)
        return outputs.get(name, full[name])
    return result, asked


@pytest.mark.parametrize("test_id, outputs, says", [
    ("basics/int_big_pow.py", {"int_big": b"CRASH"}, "arbitrary-precision integers"),
    ("float/float_intbig.py", {"int_big": b"123\n"}, "arbitrary-precision integers"),
    ("micropython/viper_args.py", {"native": b"CRASH"}, "native emitter"),
    ("basics/string_fstring_debug.py", {"fstring": b"CRASH"}, "f-strings"),
    ("basics/builtin_range.py", {"slice": b"no\n"}, "slice"),
    ("basics/class_reverse_op.py", {"revops": b"TypeError\n"}, "reverse operator"),
    ("float/float_divmod.py", {"float": b"32\n"}, "needs 64-bit float precision, the target has 32"),
    ("misc/rge_sm.py", {"float": b"0\n"}, "no float"),
    ("float/complex1.py", {"complex": b"no\n"}, "complex numbers"),
    ("cmdline/cmd_parsetree.py", {}, "coverage build"),
])
def test_names_and_lists_skip_what_the_checks_found_missing(test_id, outputs, says):
    result, _ = _answers(**outputs)
    assert says in skip_reason(test_id, "unix", result)


def test_a_full_target_skips_nothing_and_runs_only_the_checks_a_name_asks_for():
    result, asked = _answers(coverage=b"coverage\n")
    for test_id in ("basics/int_big_pow.py", "basics/list1.py", "micropython/native_fun.py", "float/complex1.py"):
        assert skip_reason(test_id, "unix", result) == ""
    assert asked == ["int_big", "native", "complex"]


def test_per_target_lists():
    result, _ = _answers()
    assert "no GIL" in skip_reason("thread/mutate_list.py", "unix", result)
    assert skip_reason("thread/mutate_list.py", "webassembly", result) == ""
    assert "off the unix port" in skip_reason("basics/exception_chain.py", "board", result)
    assert skip_reason("basics/exception_chain.py", "unix", result) == ""
    assert "webassembly" in skip_reason("basics/string_strip.py", "webassembly", result)
    assert skip_reason("basics/int_big_pow.py", None, lambda name: b"CRASH") == ""


def test_in_a_checkout_only_the_folders_run_tests_runs_on_that_target():
    result, _ = _answers()
    assert "inlineasm/ on the unix port" in skip_reason("inlineasm/asmsum.py", "unix", result, in_checkout=True)
    assert "io/ on the webassembly port" in skip_reason("io/file1.py", "webassembly", result, in_checkout=True)
    assert skip_reason("io/file1.py", "unix", result, in_checkout=True) == ""
    assert skip_reason("inlineasm/asmsum.py", "unix", result) == ""     # another tree: its own folders
