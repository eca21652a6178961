"""Programs cannot reach the host, and resource explosions end in a Python exception, not a crash."""
from __future__ import annotations

import pytest

ESCAPES = [
    "print(().__class__.__base__.__subclasses__())",
    "def f(): pass\nprint(f.__globals__)",
    "def f(): pass\nprint(f.__code__)",
    "print(len.__self__)",
    "print(getattr(object, '__subc' + 'lasses__')())",
    "def g():\n    yield 1\nprint(g().gi_frame)",
    "import subprocess",
    "import ctypes",
    "print(open('/etc/passwd').read())",
    "print(object.__getattribute__(print, '__globals__'))",
    "try:\n    1/0\nexcept Exception as e:\n    print(e.__traceback__.tb_frame)",
]


@pytest.mark.parametrize("src", ESCAPES)
def test_escape_attempt_raises_a_program_exception(ref, src):
    rc, out = ref(src)
    assert rc == 1, out
    assert out.startswith("Traceback (most recent call last):"), out
    assert out.rstrip().splitlines()[-1].split(":")[0] in ("AttributeError", "ImportError", "OSError", "FileNotFoundError"), out


@pytest.mark.parametrize("src,exc", [
    ("def f(n):\n    return f(n + 1)\nf(0)", "RuntimeError: maximum recursion depth exceeded"),
    ("x = 'a' * 10**12", "MemoryError"),
    ("x = 2 ** 10 ** 12", "MemoryError"),
    ("x = [0] * 10**11", "MemoryError"),
    ("x = 1 << 10**13", "MemoryError"),
])
def test_explosions_end_in_the_proper_exception(ref, src, exc):
    rc, out = ref(src)
    assert rc == 1
    assert out.rstrip().splitlines()[-1].startswith(exc), out


def test_heapsize_limits_large_allocations(ref):
    src = "try:\n    b = 'x' * 200000\n    print('ok')\nexcept MemoryError:\n    print('MemoryError')\n"
    assert ref(src, heapsize=64 * 1024)[1] == "MemoryError\n"
    assert ref(src)[1] == "ok\n"
