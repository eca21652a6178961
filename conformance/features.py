"""The feature vocabulary of test headers, each with the probe program that detects it on a target."""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Probe", "FEATURES", "is_known_feature", "probe_for", "HEAP_PROBE"]


@dataclass(frozen=True)
class Probe:
    """A feature and a tiny program that prints `expect` exactly when the target has it."""

    name: str
    description: str
    source: str
    expect: str


def _p(name: str, description: str, source: str, expect: str) -> Probe:
    return Probe(name, description, source, expect)


_PROBES = [
    _p("float", "floating point numbers", "x = 1.5\nprint(x * 2)\n", "3.0"),
    _p("double", "64-bit float precision", "print(1.0 + 2.0 ** -40 != 1.0)\n", "True"),
    _p("complex", "complex numbers", "print(complex(1, 2).imag)\n", "2.0"),
    _p("bigint", "arbitrary-precision integers", "print(2 ** 70)\n", "1180591620717411303424"),
    _p("fstring", "f-strings", 'x = 1\nprint(f"{x}+{x + 1}")\n', "1+2"),
    _p("walrus", "assignment expressions", "print((y := 3) + y)\n", "6"),
    # compiled at run time so that a target without them reports a SyntaxError the probe can catch
    _p("tstring", "PEP 750 template strings (t-strings)", (
        "try:\n    print(eval(\"t'{1 + 1}'\").values)\nexcept SyntaxError:\n    print('no')\n"), "(2,)"),
    # the header has no negation: a build *without* t-strings is a feature of its own (the unix port's standard one)
    _p("no-tstring", "a build without t-strings: a t prefix is a syntax error", (
        "try:\n    eval(\"t'x'\")\n    print('tstring')\nexcept SyntaxError:\n    print('no')\n"), "no"),
    _p("async", "async def / await", (
        "async def f():\n    return 7\n"
        "c = f()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)\n"), "7"),
    _p("unicode", "str is unicode text", "print(len('\\u00e9\\u4e2d'))\n", "2"),
    _p("set", "set type", "print(len({1, 2, 2}))\n", "2"),
    _p("frozenset", "frozenset type", "print(len(frozenset([1, 1])))\n", "1"),
    _p("bytearray", "bytearray type", "print(bytearray(b'ab')[0])\n", "97"),
    _p("memoryview", "memoryview type", "print(memoryview(b'ab')[1])\n", "98"),
    _p("slice-step", "slices with a step", "print([1, 2, 3, 4][::2])\n", "[1, 3]"),
    _p("descriptors", "user __get__/__set__ descriptors", (
        "class D:\n    def __get__(self, obj, cls):\n        return 5\n"
        "class C:\n    d = D()\nprint(C().d)\n"), "5"),
    _p("kwonly", "keyword-only arguments", "def f(*, a):\n    return a\nprint(f(a=4))\n", "4"),
    _p("star-unpack", "unpacking in displays", "print([*[1], *[2]])\n", "[1, 2]"),
    _p("generators", "generator functions", "def g():\n    yield 1\n    yield 2\nprint(list(g()))\n", "[1, 2]"),
    _p("machine", "machine.Pin", "import machine\nprint(hasattr(machine, 'Pin'))\n", "True"),
    _p("vboard", "the reference's virtual-board test bench", "import vboard\nprint('vboard')\n", "vboard"),
]

FEATURES: dict[str, Probe] = {p.name: p for p in _PROBES}

#: Prints free heap in bytes after a collection, or `unlimited` where gc.mem_free does not exist.
HEAP_PROBE = (
    "import gc\ngc.collect()\n"
    "try:\n    print(gc.mem_free())\nexcept AttributeError:\n    print('unlimited')\n"
)

_MODULE = re.compile(r"^module:([A-Za-z_][A-Za-z0-9_.]*)$")


def is_known_feature(name: str) -> bool:
    return name in FEATURES or bool(_MODULE.match(name))


def probe_for(name: str) -> Probe:
    """The probe of a feature; `module:NAME` probes are made on demand."""
    if name in FEATURES:
        return FEATURES[name]
    m = _MODULE.match(name)
    if not m:
        raise KeyError(name)
    mod = m.group(1)
    return Probe(name, f"module {mod}", f"import {mod}\nprint('have {mod}')\n", f"have {mod}")
