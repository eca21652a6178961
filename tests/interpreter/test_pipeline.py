"""Lexer/parser/compiler of the reference: syntax errors carry lines, and no host compiler is used on programs."""
from __future__ import annotations

import pathlib
import re

import pytest

from mpconform.interpreter.lexer import MpSyntaxError, tokenize
from mpconform.interpreter.parse import parse

SRC = pathlib.Path(__file__).resolve().parents[2] / "interpreter"


@pytest.mark.parametrize("src,line", [
    ("x = 1\ny = )\n", 2),
    ("def f():\nreturn 1\n", 2),
    ("a = 1\nb = 2 +\n", 2),
    ("x = 'abc\n", 1),
    ("if x:\n    pass\n  else:\n", 3),
    ("f(a=1, 2)\n", 1),
    ("return 5\n", 1),
])
def test_syntax_error_reports_the_line(src, line):
    with pytest.raises(MpSyntaxError) as ei:
        parse(src)
    assert ei.value.line == line


def test_uncaught_syntax_error_prints_micropython_format(ref):
    rc, out = ref("x = 1\nif x\n")
    assert rc == 1
    assert out.splitlines()[-2:] == ['  File "' + out.split('"')[1] + '", line 2', "SyntaxError: invalid syntax"]


def test_tokens_cover_fstrings_numbers_and_indentation():
    kinds = [t.kind for t in tokenize("if x:\n    y = f'{a!r:>4}' + 0x1_0\n")]
    assert kinds.count("INDENT") == 1 and kinds.count("DEDENT") == 1
    assert [t.value for t in tokenize("0x1_0 1e3 2j\n") if t.kind == "NUMBER"] == [16, 1000.0, 2j]


def test_interpreter_never_uses_the_host_compiler_on_programs():
    banned = re.compile(r"^\s*(import|from)\s+(ast|tokenize)\b|[^_.\w]exec\(|[^_.\w]eval\(|[^_.\w]compile\(", re.M)
    for p in SRC.glob("*.py"):
        if p.name == "bench.py":   # holds harness text run by CPython/unix port, never by the reference
            continue
        hits = [m.group(0) for m in banned.finditer(p.read_text())]
        assert not hits, f"{p.name} uses the host compiler: {hits}"
