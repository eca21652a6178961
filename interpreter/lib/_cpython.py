"""Library namespaces for --profile cpython: CPython's own behaviour, reached only through wrappers of ours."""
from __future__ import annotations

import array as _h_array
import cmath as _h_cmath
import collections as _h_collections
import hashlib as _h_hashlib
import io as _h_io
import json as _h_json
import math as _h_math
import random as _h_random
import re as _h_re
import struct as _h_struct
from typing import Any, Callable

__all__ = ["BUILDERS"]


def _fn(f: Callable, name: str, translate: dict | None = None) -> Callable:
    """A function of ours calling host `f`; host-private exception types become ours."""

    def g(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except tuple(translate or ()) as e:  # type: ignore[misc]
            raise translate[type(e)](*e.args) from None  # type: ignore[index]

    g.__name__ = g.__qualname__ = name
    return g


def _plain(host: Any, names: list[str], module: str, translate: dict | None = None) -> dict[str, object]:
    ns: dict[str, object] = {"__name__": module}
    for n in names:
        obj = getattr(host, n)
        if isinstance(obj, (int, float, str, bytes, complex)):
            ns[n] = obj
        elif callable(obj):
            ns[n] = _fn(obj, n, translate)
    return ns


def _math(rt: Any) -> dict[str, object]:
    return _plain(_h_math, [n for n in dir(_h_math) if not n.startswith("_")], "math")


def _cmath(rt: Any) -> dict[str, object]:
    return _plain(_h_cmath, [n for n in dir(_h_cmath) if not n.startswith("_")], "cmath")


def _struct(rt: Any) -> dict[str, object]:
    class error(Exception):
        pass

    error.__module__ = "struct"
    tr = {_h_struct.error: error}
    ns = _plain(_h_struct, ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack"], "struct", tr)
    ns["error"] = error
    return ns


def _json(rt: Any) -> dict[str, object]:
    class JSONDecodeError(ValueError):
        def __init__(self, msg, doc="", pos=0, lineno=1, colno=1):
            ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
            self.msg, self.doc, self.pos, self.lineno, self.colno = msg, doc, pos, lineno, colno

    JSONDecodeError.__module__ = "json"

    def loads(s, **kwargs):
        try:
            return _h_json.loads(s, **kwargs)
        except _h_json.JSONDecodeError as e:
            raise JSONDecodeError(e.msg, e.doc, e.pos, e.lineno, e.colno) from None

    def load(fp, **kwargs):
        return loads(fp.read(), **kwargs)

    def dumps(obj, **kwargs):
        return _h_json.dumps(obj, **kwargs)

    def dump(obj, fp, **kwargs):
        fp.write(dumps(obj, **kwargs))

    return {"__name__": "json", "loads": loads, "load": load, "dumps": dumps, "dump": dump,
            "JSONDecodeError": JSONDecodeError}


def _random(rt: Any) -> dict[str, object]:
    gen = _h_random.Random(0)
    names = ["seed", "getrandbits", "randrange", "randint", "choice", "random", "uniform", "shuffle", "sample",
             "choices", "gauss", "triangular", "expovariate", "betavariate", "normalvariate", "randbytes"]
    return _plain(gen, names, "random")


def _hashlib(rt: Any) -> dict[str, object]:
    def make(name: str) -> type:
        class Hash:
            def __init__(self, data=b"", **kwargs):
                self._h = _h_hashlib.new(name, data)

            def update(self, data):
                self._h.update(data)

            def digest(self):
                return self._h.digest()

            def hexdigest(self):
                return self._h.hexdigest()

            def copy(self):
                other = Hash.__new__(Hash)
                other._h = self._h.copy()
                return other

            @property
            def name(self):
                return self._h.name

            @property
            def digest_size(self):
                return self._h.digest_size

        Hash.__name__ = Hash.__qualname__ = name
        return Hash

    return {"__name__": "hashlib", "sha256": make("sha256"), "sha1": make("sha1"), "md5": make("md5")}


def _re(rt: Any) -> dict[str, object]:
    class error(Exception):
        def __init__(self, msg, pattern=None, pos=None):
            Exception.__init__(self, msg if pos is None else "%s at position %d" % (msg, pos))
            self.msg, self.pattern, self.pos = msg, pattern, pos

    error.__module__ = "re"

    class Match:
        def __init__(self, m):
            self._m = m

        def group(self, *args):
            return self._m.group(*args)

        def groups(self, default=None):
            return self._m.groups(default)

        def groupdict(self, default=None):
            return self._m.groupdict(default)

        def start(self, g=0):
            return self._m.start(g)

        def end(self, g=0):
            return self._m.end(g)

        def span(self, g=0):
            return self._m.span(g)

        def __getitem__(self, g):
            return self._m[g]

        @property
        def string(self):
            return self._m.string

        @property
        def lastindex(self):
            return self._m.lastindex

        @property
        def pos(self):
            return self._m.pos

        def __repr__(self):
            return f"<re.Match object; span={self._m.span()!r}, match={self._m.group(0)!r}>"

    def wrap(m):
        return None if m is None else Match(m)

    class Pattern:
        def __init__(self, pattern, flags=0):
            try:
                self._p = _h_re.compile(pattern, flags)
            except _h_re.error as e:
                raise error(e.msg, e.pattern, e.pos) from None

        def match(self, string, *a):
            return wrap(self._p.match(string, *a))

        def search(self, string, *a):
            return wrap(self._p.search(string, *a))

        def fullmatch(self, string, *a):
            return wrap(self._p.fullmatch(string, *a))

        def findall(self, string, *a):
            return self._p.findall(string, *a)

        def finditer(self, string, *a):
            return (Match(m) for m in self._p.finditer(string, *a))

        def split(self, string, maxsplit=0):
            return self._p.split(string, maxsplit)

        def sub(self, repl, string, count=0):
            return self._p.sub(repl if not callable(repl) else (lambda m: repl(Match(m))), string, count)

        def subn(self, repl, string, count=0):
            return self._p.subn(repl if not callable(repl) else (lambda m: repl(Match(m))), string, count)

        @property
        def pattern(self):
            return self._p.pattern

        @property
        def groups(self):
            return self._p.groups

        def __repr__(self):
            return f"re.compile({self._p.pattern!r})"

    def compile(pattern, flags=0):  # noqa: A001
        return pattern if isinstance(pattern, Pattern) else Pattern(pattern, flags)

    ns: dict[str, object] = {"__name__": "re", "compile": compile, "error": error, "escape": _fn(_h_re.escape, "escape")}
    for name in ("match", "search", "fullmatch", "findall", "finditer", "split"):
        def f(pattern, string, *a, _name=name, **k):
            flags = k.pop("flags", 0)
            return getattr(compile(pattern, flags), _name)(string, *a, **k)
        f.__name__ = f.__qualname__ = name
        ns[name] = f

    def sub(pattern, repl, string, count=0, flags=0):
        return compile(pattern, flags).sub(repl, string, count)

    def subn(pattern, repl, string, count=0, flags=0):
        return compile(pattern, flags).subn(repl, string, count)

    ns.update(sub=sub, subn=subn)
    for flag in ("IGNORECASE", "I", "MULTILINE", "M", "DOTALL", "S", "VERBOSE", "X", "ASCII", "A"):
        ns[flag] = int(getattr(_h_re, flag))
    return ns


def _collections(rt: Any) -> dict[str, object]:
    host_namedtuple = _h_collections.namedtuple

    def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
        return host_namedtuple(typename, field_names, rename=rename, defaults=defaults, module="__main__")

    return {"__name__": "collections", "namedtuple": namedtuple, "deque": _h_collections.deque,
            "OrderedDict": _h_collections.OrderedDict, "defaultdict": _h_collections.defaultdict,
            "Counter": _h_collections.Counter}


def _io(rt: Any) -> dict[str, object]:
    from mpconform.interpreter.lib.fileio import open_in_sandbox

    def open(file, mode="r", *args, **kwargs):  # noqa: A001
        return open_in_sandbox(rt, file, mode)

    return {"__name__": "io", "StringIO": _h_io.StringIO, "BytesIO": _h_io.BytesIO, "IOBase": _h_io.IOBase,
            "open": open}


def _array(rt: Any) -> dict[str, object]:
    return {"__name__": "array", "array": _h_array.array, "typecodes": _h_array.typecodes}


BUILDERS: dict[str, Callable[[Any], dict[str, object]]] = {
    "math": _math, "cmath": _cmath, "struct": _struct, "json": _json, "random": _random, "hashlib": _hashlib,
    "re": _re, "collections": _collections, "io": _io, "array": _array,
}
