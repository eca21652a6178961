"""Switchable differences: the default profile prints what the unix port 1.29 prints, --profile cpython what CPython does."""
from __future__ import annotations

import contextlib
import io
import textwrap

import pytest

from mpconform.interpreter.cli import run_program


def _ref(src: str, profile: str) -> str:
    out = io.StringIO()
    run_program(code=textwrap.dedent(src), profile=profile, stdout=out, stderr=out)
    return out.getvalue()


def _cpython(src: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(textwrap.dedent(src), "<test>", "exec"), {"__name__": "__main__"})   # the host is the oracle
    return out.getvalue()


def _errtype(src: str) -> str:
    """A program printing the exception type that exec(src) raises, or 'ok'."""
    return f"try:\n    exec({src!r})\n    print('ok')\nexcept Exception as e:\n    print(type(e).__name__)\n"


# (program, what the unix port 1.29 prints): each line was checked against the `micropython` command
CASES = [
    ('x = "a"\nprint(f"{x=}", f"{x=!r}")\n', "x=a x='a'\n"),
    (_errtype("if True:\npass"), "SyntaxError\n"),
    (_errtype("  x = 1"), "IndentationError\n"),
    (_errtype("def f(a, /, b): pass"), "SyntaxError\n"),
    (_errtype("x = 1__0"), "ok\n"),
    (_errtype('x = b"\u00e9"'), "ok\n"),
    (_errtype("def f():\n    x = 1\n    global x\n"), "SyntaxError\n"),
    (_errtype("print(1if 1else 0)"), "SyntaxError\n"),
    (_errtype("match 1:\n    case 1:\n        pass\n"), "SyntaxError\n"),
    ("class A:\n    __s = 1\n    def p(self):\n        return self._A__s\ntry:\n    print(A().p())\n"
     "except AttributeError:\n    print('AttributeError')\n", "AttributeError\n"),
    ("def f(a, b=2):\n    'doc'\nprint(hasattr(f, '__defaults__'), hasattr(f, '__code__'))\n", "False False\n"),
    ("try:\n    raise ValueError\nexcept ValueError as e:\n    print(hasattr(e, '__traceback__'))\n", "False\n"),
]


@pytest.mark.parametrize("src,unix", CASES)
def test_default_profile_follows_the_unix_port(src, unix):
    assert _ref(src, "micropython") == unix


@pytest.mark.parametrize("src", [s for s, _ in CASES] + [
    "async def v(x):\n    return x\nasync def m():\n    return [await v(i) for i in range(3) if await v(i) != 1]\n"
    "c = m()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)\n",
    "def f(a, b, /, c):\n    return a, b, c\nprint(f(1, 2, c=3))\ntry:\n    f(1, b=2, c=3)\nexcept TypeError:\n"
    "    print('TypeError')\n",
    "def d(v):\n    match v:\n        case [1, *r] | (2, *r):\n            return r\n        case {'a': x, **kw} if x:\n"
    "            return kw\n        case int(n) as z:\n            return n + z\n        case _:\n            return None\n"
    "print([d(v) for v in ([1, 2], (2,), {'a': 1, 'b': 2}, 4, 'x')])\n",
    "print(ascii('\u00e9'), '\\N{LATIN SMALL LETTER A}')\n",
    "def f():\n    'Say hi.'\nprint(f.__doc__)\n",
])
def test_cpython_profile_follows_cpython(src):
    assert _ref(src, "cpython") == _cpython(src)


def test_mem_free_goes_down_after_an_allocation():
    src = "import gc\ngc.collect()\nf = gc.mem_free()\nx = bytearray(10000)\nprint(f - gc.mem_free() >= 10000)\n"
    assert _ref(src, "micropython") == "True\n"
