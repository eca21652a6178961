"""Differential checks: the reference prints what CPython prints (cpython profile) and what the unix port prints."""
from __future__ import annotations

import subprocess
import sys

import pytest

PROGRAMS = {
    "closures": "def f():\n    x = 1\n    def g():\n        return x\n    x = 2\n    return g\nprint(f()())\n"
                "fs = [lambda i=i: i for i in range(3)]\nprint([h() for h in fs])\n",
    "generators": "def g():\n    x = yield 1\n    print('got', x)\n    r = yield from sub()\n    yield r\n"
                  "def sub():\n    v = yield 'a'\n    return v * 2\nit = g()\nprint(next(it), it.send(5), it.send(4), list(it))\n",
    "try_finally": "def f():\n    for i in range(3):\n        try:\n            if i == 1:\n                return i\n"
                   "        finally:\n            print('fin', i)\nprint(f())\n",
    "classes": "class A:\n    def __init__(self, v):\n        self.v = v\n    def get(self):\n        return self.v\n"
               "class B(A):\n    def get(self):\n        return super().get() * 2\n    @property\n    def p(self):\n"
               "        return 'p'\n    @classmethod\n    def c(cls):\n        return cls.__name__\n"
               "print(B(21).get(), B(1).p, B.c())\n",
    "exceptions": "class E(Exception):\n    pass\ntry:\n    try:\n        raise E('x')\n    finally:\n        print('f')\n"
                  "except E as e:\n    print('caught', e.args)\ntry:\n    [][1]\nexcept IndexError:\n    print('idx')\n",
    "numbers": "print(2 ** 100, -7 // 2, -7 % 3, 7 / 2, divmod(-7, 2), round(2.5), 0.1 + 0.2, 1e16, 1 / 3)\n",
    "strings": "s = 'hello'\nprint(s.upper(), s.split('l'), '%5.2f|%-3d|%s' % (1.5, 2, 'x'), f'{s!r:>9}', '{:^7}'.format(s))\n",
    "comprehensions": "print([(a, b) for a in range(3) for b in range(a) if b % 2 == 0], {k: k * 2 for k in 'ab'},"
                      " sum(x for x in range(10)), {c for c in 'aab'} == {'a', 'b'})\n",
    "unpacking": "a, *b, c = range(5)\nprint(a, b, c)\n(x, y), z = (1, 2), 3\nprint(x, y, z)\n",
    "walrus_with": "class C:\n    def __enter__(self):\n        print('in')\n        return self\n"
                   "    def __exit__(self, *a):\n        print('out', a[0].__name__ if a[0] else None)\n        return True\n"
                   "with C() as c:\n    raise ValueError\nif (n := 5) > 3:\n    print(n)\n",
    "async": "async def co(n):\n    return n * 2\nasync def main():\n    return (await co(3)) + (await co(1))\n"
             "c = main()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print('done', e.value)\n",
    "args": "def f(a, b=2, *args, c, d=4, **kw):\n    return a, b, args, c, d, sorted(kw.items())\n"
            "print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{'c': 0}))\n",
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_cpython_profile_matches_cpython(ref, tmp_path, name):
    src = PROGRAMS[name]
    p = tmp_path / "cpy.py"
    p.write_text(src)
    want = subprocess.run([sys.executable, "-I", "-B", str(p)], capture_output=True, text=True, timeout=30)
    assert ref(src, profile="cpython") == (want.returncode, want.stdout + want.stderr)


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_micropython_profile_matches_unix_port(ref, unix_port, tmp_path, name):
    src = PROGRAMS[name]
    assert ref(src) == unix_port(src, tmp_path)
