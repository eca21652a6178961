"""How MicroPython's tests/run-tests.py reads a test's output beyond comparing it with the expected bytes.

- unittest-based tests: the target's own unittest summary is the verdict, no expected output is used;
- special tests (run-tests.py's list, cmdline/, feature_check/): `.exp` lines are patterns, and a line
  `########` matches any number of lines (a warning, a help text);
- a test CPython cannot compile (syntax newer than the host CPython, such as t-strings before 3.14) is
  skipped unless it has a `.exp` file.

Written from run-tests.py of MicroPython 1.23-1.27 (run_micropython's special-test matching,
convert_regex_escapes, and run_one_test's unittest detection).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["UnittestSummary", "unittest_summary", "is_special", "match_special", "cpython_cannot_compile",
           "MISSING_UNITTEST", "ANY_LINES"]

#: A line of an .exp file that matches zero or more whole lines of output.
ANY_LINES = b"########"
#: What a target prints when the library path lacks micropython-lib's unittest.
MISSING_UNITTEST = b"ImportError: no module named 'unittest'"

#: run-tests.py's special_tests: their .exp lines are patterns (besides every test under cmdline/, feature_check/).
SPECIAL_TESTS = frozenset({
    "micropython/meminfo.py", "basics/bytes_compare3.py", "basics/builtin_help.py", "thread/thread_exc2.py",
    "esp32/partition_ota.py",
})
_SPECIAL_AREAS = ("cmdline/", "feature_check/")
_RAN = re.compile(rb"Ran (\d+) tests$")
_RESULT = re.compile(rb"((OK)( \(skipped=(\d+)\))?|(FAILED) \(failures=(\d+), errors=(\d+)\))$")


@dataclass(frozen=True)
class UnittestSummary:
    """A unittest-based test's verdict as its own summary states it."""

    passed: bool
    missing: bool = False   # the target has no unittest module: the library path lacks it
    detail: str = ""


def unittest_summary(output: bytes) -> UnittestSummary | None:
    """run-tests.py's reading of a unittest-based test: the summary in the last four lines (a line of 70 dashes,
    `Ran N tests`, an empty line, `OK` or `FAILED (...)`), or the ImportError of a target without unittest in
    the last three; None for any other output (then the expected output decides)."""
    lines = output.replace(b"\r\n", b"\n").splitlines()
    if any(line == MISSING_UNITTEST for line in lines[-3:]):
        return UnittestSummary(False, missing=True, detail="the target has no unittest module")
    if len(lines) > 4 and lines[-4] == b"-" * 70 and lines[-2] == b"":
        ran, result = _RAN.match(lines[-3]), _RESULT.match(lines[-1])
        if ran and result:
            said = lines[-1].decode("ascii")
            return UnittestSummary(result.group(2) == b"OK", detail=f"unittest ran {int(ran.group(1))} tests: {said}")
    return None


def is_special(test_id: str) -> bool:
    """Whether run-tests.py matches this test's .exp lines as patterns."""
    return test_id in SPECIAL_TESTS or test_id.startswith(_SPECIAL_AREAS)


def _pattern(line: bytes) -> re.Pattern[bytes]:
    """run-tests.py's convert_regex_escapes: regex characters are literal unless escaped with a backslash, a
    backslash makes the next character literal regex text (`\\\\d\\+` is `\\d+`); a final newline may follow
    carriage returns."""
    out = []
    escape = False
    for c in line.decode("utf-8", "replace"):
        if escape:
            escape = False
            out.append(c)
        elif c == "\\":
            escape = True
        elif c in "()[]{}.*+^$":
            out.append("\\" + c)
        else:
            out.append(c)
    if out and out[-1] == "\n":
        out[-1] = "\r*\n"
    return re.compile("".join(out).encode("utf-8"))


def match_special(expected: bytes, output: bytes) -> bytes:
    """The output as run-tests.py turns it before comparing it with a special test's .exp: each output line
    that matches its .exp line's pattern becomes that .exp line, and a `########` line of the .exp absorbs
    the output lines up to the first that matches the next .exp line (a line `######## FAIL` when none
    does)."""
    exp = [(line, None) if line.rstrip(b"\n") == ANY_LINES else (line, _pattern(line))
           for line in expected.splitlines(keepends=True)]
    out = [line + b"\n" for line in output.split(b"\n")]
    if output.endswith(b"\n"):
        out = out[:-1]
    i = 0
    for k, (line, pattern) in enumerate(exp):
        if i >= len(out):
            break
        if pattern is None:
            if k + 1 >= len(exp):        # a final ######## takes the rest of the output
                out[i:] = [line]
                break
            following = exp[k + 1][1]
            skip = 0
            while i + skip < len(out) and not (following.match(out[i + skip]) if following else
                                                out[i + skip] == exp[k + 1][0]):
                skip += 1
            if i + skip >= len(out):
                out[i] = ANY_LINES + b" FAIL\n"
                break
            out[i:i + skip] = [line]
        elif pattern.match(out[i]):
            out[i] = line
        i += 1
    return b"".join(out)


def cpython_cannot_compile(output: bytes, exc_type: str | None) -> str:
    """Why CPython could not compile the test itself (its SyntaxError's last line), or "": a SyntaxError
    raised while compiling the file has no `Traceback (most recent call last):` line above it, one raised by
    the program's own compile() or eval() has."""
    if exc_type != "SyntaxError" or b"Traceback (most recent call last):" in output:
        return ""
    last = output.replace(b"\r\n", b"\n").strip().splitlines()[-1:]
    return last[0].decode("utf-8", "replace") if last else "SyntaxError"
