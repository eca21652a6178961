"""One traceback reader for every caller: golden outputs of the real targets, read by the runners, the fuzzer's
views, the judge, the explainer and the serial runner; stdout around the block, \\r\\n, text cut short."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mpconform.conformance import explain
from mpconform.conformance.judge import normalise
from mpconform.conformance.metadata import TestMeta
from mpconform.fuzz.compare import view_of
from mpconform.runners import Outcome, Program, Status, classify_exit, make_runner, parse_traceback
from mpconform.runners.serial import _exception_name, _wrapper_broken
from mpconform.runners.tracebacks import output_lines, strip_messages

GOLDEN = json.loads((Path(__file__).with_name("golden.json")).read_text())
PROGRAMS: dict[str, str] = GOLDEN["programs"]
OUTPUTS: dict[str, dict[str, str]] = GOLDEN["outputs"]
CPY, UNIX = "cpython-3.11", "micropython-1.29-unix"
WASM, MICROBIT = "micropython-1.27-wasm", "micropython-1.9.2-microbit"

_JSON_MESSAGE = "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"
# target -> case -> (exception type, message, frame line numbers outermost first, the output outside the block)
EXPECTED: dict[str, dict[str, tuple[str, str, list[int], list[str]]]] = {
    CPY: {
        "runtime": ("ZeroDivisionError", "integer division or modulo by zero", [5, 3], ["before", "0"]),
        "syntax": ("SyntaxError", "invalid syntax", [2], []),
        "custom": ("Boom", "bad | thing", [4], ["a"]),
        "chained": ("ValueError", "two", [5], ["x"]),   # the KeyError before it is part of the block
        "nomsg": ("KeyboardInterrupt", "", [1], []),
        "module": ("JSONDecodeError", _JSON_MESSAGE, [2, 346, 337, 353], []),
        "indent": ("IndentationError", "unexpected indent", [3], []),
    },
    UNIX: {
        "runtime": ("ZeroDivisionError", "divide by zero", [5, 3], ["before", "0"]),
        "syntax": ("SyntaxError", "invalid syntax", [2], []),
        "custom": ("Boom", "bad | thing", [4], ["a"]),
        "chained": ("ValueError", "two", [5], ["x"]),
        "nomsg": ("KeyboardInterrupt", "", [1], []),
        "module": ("ValueError", "syntax error in JSON", [2], []),
        "indent": ("IndentationError", "unexpected indent", [3], []),
    },
    MICROBIT: {  # the program runs inside exec() of the checking wrapper: one <stdin> frame first
        "runtime": ("ZeroDivisionError", "division by zero", [2, 5, 3], ["before", "0"]),
        "syntax": ("SyntaxError", "invalid syntax", [2, 2], []),
        "custom": ("Boom", "bad | thing", [2, 4], ["a"]),
        "chained": ("ValueError", "two", [2, 5], ["x"]),
        "nomsg": ("KeyboardInterrupt", "", [2, 1], []),
        "module": ("ImportError", "no module named 'json'", [2, 1], []),
        "indent": ("IndentationError", "unexpected indent", [2, 3], []),
    },
}
EXPECTED[WASM] = EXPECTED[UNIX]
CASES = [(t, c) for t in EXPECTED for c in EXPECTED[t]]


def _rest(text: str, tb) -> list[str]:
    lines = output_lines(text)
    lines = lines[:tb.start] + lines[tb.stop:]
    while lines and not lines[-1]:
        lines.pop()
    return lines


@pytest.mark.parametrize("target, case", CASES)
def test_golden_outputs_read_as_one_traceback(target, case):
    text = OUTPUTS[target][case]
    exc, message, frames, rest = EXPECTED[target][case]
    tb = parse_traceback(text)
    assert (tb.exc_type, tb.message, [f.line for f in tb.frames]) == (exc, message, frames)
    assert _rest(text, tb) == rest
    assert tb.header == (target != CPY or case not in ("syntax", "indent"))  # CPython's compile errors have none
    assert tb.line == frames[-1]
    assert parse_traceback(text.encode()) == tb  # bytes, as runners hold them, read the same


@pytest.mark.parametrize("target, case", CASES)
def test_the_runners_and_the_fuzzer_see_the_golden_exception(target, case):
    text = OUTPUTS[target][case]
    exc, message, frames, rest = EXPECTED[target][case]
    assert classify_exit(text.encode(), 1) == (Status.RAISED, exc)
    v = view_of(Outcome(Status.RAISED, text.encode(), exc_type=exc))
    assert (v.end, v.message, v.error_line, list(v.lines)) == (f"raised:{exc}", message, frames[-1], rest)


def test_frames_name_file_and_function():
    tb = parse_traceback(OUTPUTS[MICROBIT]["runtime"])
    assert [(f.file, f.function) for f in tb.frames] == [("<stdin>", "<module>"), ("<string>", "<module>"),
                                                         ("<string>", "f")]
    assert parse_traceback(OUTPUTS[CPY]["syntax"]).frames[0].function is None


def test_a_board_error_section_is_read_by_the_serial_runner():
    text = OUTPUTS[MICROBIT]["runtime"]
    section = text[text.index("Traceback"):].encode()
    assert _exception_name(section) == "ZeroDivisionError"
    assert not _wrapper_broken(section)  # the program's own frames (<string>) are there
    wrapper = b'Traceback (most recent call last):\r\n  File "<stdin>", line 1\r\nSyntaxError: invalid syntax\r\n'
    assert _wrapper_broken(wrapper)      # the checking wrapper arrived garbled: send again
    staged = (b'Traceback (most recent call last):\r\n  File "<stdin>", line 1, in <module>\r\n'
              b'  File "_mpc_main.py", line 3, in <module>\r\nValueError: x\r\n')
    assert not _wrapper_broken(staged)


def test_a_bare_exception_line_counts_only_in_a_board_error_section():
    # MicroPython prints no header when it runs out of memory while compiling (raw REPL error section).
    bare = b"MemoryError: memory allocation failed, allocating 1024 bytes\r\n"
    tb = parse_traceback(bare, error_section=True)
    assert (tb.exc_type, tb.message, tb.frames, tb.header) == ("MemoryError", "memory allocation failed, "
                                                               "allocating 1024 bytes", (), False)
    assert _exception_name(bare) == "MemoryError"
    assert parse_traceback(b"ValueError: printed by the program\n") is None  # in stdout it is just output
    assert _exception_name(b"\x00garbled\r\n") == "unknown"


def test_text_cut_inside_the_traceback_keeps_the_frames_but_no_exception():
    text = OUTPUTS[UNIX]["runtime"]
    cut = text[:text.index('  File "main.py", line 3')]
    tb = parse_traceback(cut)
    assert (tb.exc_type, tb.message, [f.line for f in tb.frames]) == (None, "", [5])
    assert _rest(cut, tb) == ["before", "0"]
    cut_crlf = OUTPUTS[MICROBIT]["runtime"][:-len("division by zero\r\n")]  # cut inside the last line
    assert parse_traceback(cut_crlf).exc_type == "ZeroDivisionError" and parse_traceback(cut_crlf).message == ""
    assert classify_exit(cut.encode(), None) == (Status.CRASH, None)


def test_output_that_only_looks_like_a_frame_is_not_a_traceback():
    assert parse_traceback('  File "x.py", line 3, in f\nhello\n') is None
    assert parse_traceback("no traceback here\n") is None
    assert parse_traceback("") is None


def test_the_last_traceback_is_the_one_that_ended_the_program():
    printed = 'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\nKeyError: 1\n'
    tb = parse_traceback("caught:\n" + printed + "more\n" + OUTPUTS[UNIX]["custom"])
    assert (tb.exc_type, tb.line) == ("Boom", 4)


def test_the_judge_drops_messages_of_exception_lines_for_type_only_tests():
    out = b"ValueError: printed by the test\n" + OUTPUTS[UNIX]["runtime"].replace("\n", "\r\n").encode()
    got = normalise(out, TestMeta(messages="type-only"))
    assert got.splitlines()[0] == b"ValueError" and got.splitlines()[-1] == b"ZeroDivisionError"
    assert b"Boom: bad" in strip_messages(OUTPUTS[UNIX]["custom"].encode())  # no built-in's name: kept


@pytest.mark.parametrize("case, why", [
    ("custom", "raises where CPython does not: Boom: bad | thing"),
    ("module", "lacks the module: ImportError: no module named 'json'"),
    ("syntax", "cannot compile it: syntax this version does not have: SyntaxError: invalid syntax"),
])
def test_the_explainer_names_the_exception_that_ended_the_output(case, why):
    # The result values as the explainer itself imports them (they are moving below the suite and reports).
    result = explain.TestResult("t.py", "qemu-microbit", explain.Verdict.FAIL, expected="",
                                actual=OUTPUTS[MICROBIT][case])
    assert explain.explain_failure(result, "micropython 1.9.2") == f"micropython 1.9.2: {why}"


@pytest.mark.parametrize("target, golden", [("cpython", CPY), ("unix", UNIX)])
def test_the_golden_outputs_are_what_the_targets_print_today(target, golden, require_target):
    require_target(target)
    runner = make_runner(target)
    try:
        for case, source in PROGRAMS.items():
            got = runner.run(Program(source.encode(), timeout=20)).stdout.decode()
            if case == "module" and target == "cpython":  # frames in the host's stdlib: its own paths
                assert parse_traceback(got).exc_type == EXPECTED[golden][case][0]
                continue
            assert got == OUTPUTS[golden][case], case
    finally:
        runner.close()
