"""Fast unit tests of the spine: headers, discovery, judging, expectations, journal, outcome parsing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mpconform.conformance.discovery import TestCase, discover, support_files_for
from mpconform.conformance.expectations import load_expectations
from mpconform.conformance.expected import Expected
from mpconform.conformance.journal import Journal, JournalError
from mpconform.conformance.judge import judge
from mpconform.conformance.metadata import MetadataError, TestMeta, parse_header
from mpconform.results import TestResult, Verdict, is_regression
from mpconform.runners import Outcome, Status, TargetSpecError, classify_exit, parse_target, parse_traceback


@pytest.mark.parametrize("header, message", [
    ("# mpconform: features=float,nosuch", "unknown feature 'nosuch'"),
    ("# mpconform: heap=lots", "heap: expected a size like 900, 16k or 1m"),
    ("# mpconform: timeout=-1", "timeout: expected 0 < seconds <= 3600"),
    ("# mpconform: messages=loose", "messages: expected 'exact' or 'type-only'"),
    ("# mpconform: negative=later:ValueError", "negative: expected compile:Type or run:Type"),
    ("# mpconform: features", "expected key=value"),
])
def test_bad_headers_name_file_line_and_expectation(header, message):
    with pytest.raises(MetadataError) as err:
        parse_header("t.py", f"print(1)\n{header}\n")
    assert str(err.value).startswith("t.py:2: ") and message in str(err.value)


def test_header_values_parse():
    meta = parse_header("t.py", "# mpconform: features=bigint,module:struct heap=16k timeout=2.5 negative=run:KeyError\n")
    assert meta.features == {"bigint", "module:struct"} and meta.heap == 16384 and meta.timeout == 2.5
    assert meta.negative == ("run", "KeyError") and meta.messages == "exact"


def test_discovery_of_root_area_and_file(tmp_path):
    for rel in ("basics/a.py", "basics/b.py", "import/i.py", "import/pkg/__init__.py", "import/pkg/m.py"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("import pkg\n" if rel == "import/i.py" else "X = 1\n")
    assert [t.id for t in discover([tmp_path])] == ["basics/a.py", "basics/b.py", "import/i.py"]
    assert [t.id for t in discover([tmp_path / "basics"])] == ["basics/a.py", "basics/b.py"]
    assert [t.id for t in discover([tmp_path / "basics" / "b.py"])] == ["basics/b.py"]
    test = discover([tmp_path / "import"])[0]
    assert [name for name, _ in support_files_for(test, test.path.read_bytes())] == ["pkg/__init__.py", "pkg/m.py"]


def _judge(stdout, expected, meta=TestMeta(), status=Status.OK, exc=None, xfail=None):
    return judge(Outcome(status, stdout, exc_type=exc), Expected(expected, "exp"), meta, xfail_reason=xfail)


def test_judging():
    assert _judge(b"1\r\n", b"1\n")[0] is Verdict.PASS
    verdict, reason, diff = _judge(b"2\n", b"1\n")
    assert verdict is Verdict.FAIL and "-1\n+2" in diff
    assert _judge(b"2\n", b"1\n", xfail="known")[0] is Verdict.XFAIL
    assert _judge(b"1\n", b"1\n", xfail="known")[0] is Verdict.XPASS
    typed = TestMeta(messages="type-only")
    assert _judge(b"ValueError: a\n", b"ValueError: b\n", typed)[0] is Verdict.PASS
    mem = _judge(b"Traceback (most recent call last):\nMemoryError: x\n", b"ok\n", status=Status.RAISED, exc="MemoryError")
    assert mem[0] is Verdict.SKIP and "resource limit" in mem[1]
    neg = TestMeta(negative=("run", "KeyError"))
    assert _judge(b"", b"", neg, status=Status.RAISED, exc="KeyError")[0] is Verdict.PASS
    assert _judge(b"", b"", neg, status=Status.RAISED, exc="ValueError")[0] is Verdict.FAIL


def test_regression_rule():
    assert is_regression(Verdict.PASS, Verdict.FAIL) and is_regression(Verdict.PASS, Verdict.SKIP)
    assert not is_regression(Verdict.FAIL, Verdict.CRASH) and not is_regression(Verdict.PASS, Verdict.XPASS)


def test_expectations_problems_name_the_file(tmp_path):
    good = tmp_path / "a.toml"
    good.write_text('[xfail]\n"basics/a.py" = "why"\n"basics/gone.py" = "typo"\n"basics/b.py" = ""\n')
    bad = tmp_path / "b.toml"
    bad.write_text("[xfail\n")
    problems = []
    exp = load_expectations("none", lambda t: t in {"basics/a.py", "basics/b.py"}, [good, bad], problems,
                            bundled=False)
    assert exp.reason("basics/a.py") == "why"
    assert any(p.startswith(f"{good}: names unknown test 'basics/gone.py'") for p in problems)
    assert any(p.startswith(f"{good}: 'basics/b.py' needs a non-empty reason") for p in problems)
    assert any(p.startswith(f"{bad}: not a valid expectations file") for p in problems)


def test_journal_survives_a_torn_line_and_refuses_other_runs(tmp_path):
    path = tmp_path / "j.jsonl"
    j = Journal(path, {"run": 1}, resume=False)
    j.record(TestResult("a.py", "unix", Verdict.PASS))
    j.close()
    with open(path, "a") as f:
        f.write('{"test": "b.py", "targ')  # killed mid-write
    again = Journal(path, {"run": 1}, resume=True)
    assert list(again.previous) == [("a.py", "unix")]
    again.record(TestResult("b.py", "unix", Verdict.FAIL))
    again.close()
    lines = [json.loads(x) for x in path.read_text().splitlines()[1:] if x.endswith("}")]
    assert [x["test"] for x in lines] == ["a.py", "b.py"]
    with pytest.raises(JournalError):
        Journal(path, {"run": 2}, resume=True)


def test_outcome_parsing():
    tb = b"out\nTraceback (most recent call last):\n  File \"x.py\", line 1, in <module>\nmod.MyError: boom\nlate\n"
    assert parse_traceback(tb).exc_type == "MyError"
    assert parse_traceback(b'  File "x.py", line 2\n    def f(:\n         ^\nSyntaxError: bad\n').exc_type == "SyntaxError"
    assert classify_exit(b"SKIP\r\n", 0) == (Status.SKIP, None)
    assert classify_exit(b"", 3) == (Status.RAISED, "SystemExit")
    assert classify_exit(b"", None)[0] is Status.CRASH


@pytest.mark.parametrize("text, name, arg, count, options", [
    ("unix", "unix", None, 1, ()),
    ("unix=/opt/mp,heapsize=64k", "unix", "/opt/mp", 1, (("heapsize", "64k"),)),
    ("qemu-microbit*2", "qemu-microbit", None, 2, ()),
    ("serial:rfc2217://127.0.0.1:4000?ign_set_control", "serial", "rfc2217://127.0.0.1:4000?ign_set_control", 1, ()),
])
def test_target_strings(text, name, arg, count, options):
    spec = parse_target(text)
    assert (spec.name, spec.arg, spec.count, spec.options) == (name, arg, count, options)


@pytest.mark.parametrize("text", ["", "nosuch", "unix,heapsize", "9unix"])
def test_bad_target_strings(text):
    with pytest.raises(TargetSpecError):
        parse_target(text)
