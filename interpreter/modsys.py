"""The sys module (py/modsys.c): implementation, argv, path, a live modules view, streams bound to the run."""
from __future__ import annotations

__all__ = ["make_module", "IMPLEMENTATION_NAME"]

import sys as _hsys

from .runtime import format_traceback, mp

IMPLEMENTATION_NAME = "mpconform-ref"
VERSION = (1, 29, 0)


class _Implementation(tuple):
    """sys.implementation: a named tuple like MicroPython's (name, version, _machine, _mpy)."""

    def __new__(cls):
        return super().__new__(cls, (IMPLEMENTATION_NAME, VERSION, "mpconform reference interpreter", 0))

    name = property(lambda s: s[0])
    version = property(lambda s: s[1])
    _machine = property(lambda s: s[2])
    _mpy = property(lambda s: s[3])

    def __repr__(self):
        return f"(name='{self[0]}', version={self[1]}, _machine='{self[2]}', _mpy={self[3]})"


class _Stream:
    """sys.stdout/sys.stderr: text streams with .write and .buffer, bound to the run's streams."""

    def __init__(self, get):
        self._get = get

    def write(self, s):
        if not isinstance(s, str):
            if isinstance(s, (bytes, bytearray, memoryview)):
                raise TypeError("can't convert 'bytes' object to str implicitly")
            raise TypeError(f"can't convert '{type(s).__name__}' object to str implicitly")
        self._get().write(s)
        return len(s)

    def flush(self):
        f = getattr(self._get(), "flush", None)
        if f:
            f()

    @property
    def buffer(self):
        return _Buffer(self._get)


class _Buffer:
    def __init__(self, get):
        self._get = get

    def write(self, b):
        out = self._get()
        raw = getattr(out, "buffer", None)
        out.flush()
        if raw is not None:
            raw.write(bytes(b))
            raw.flush()
        else:
            out.write(bytes(b).decode("utf-8", "replace"))
        return len(b)


# Programs see these types as the port's: type(sys.implementation) is <class 'tuple'>, and so on.
for _cls, _name in ((_Implementation, "tuple"), (_Stream, "TextIOWrapper"), (_Buffer, "FileIO")):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = "builtins"


def make_module(interp) -> dict:
    """The sys module of one run."""
    def exit_(*code):
        raise SystemExit(*code)

    def print_exception(e, file=None):
        out = file if file is not None else interp.stdout
        out.write(format_traceback(e))

    stdout = _Stream(lambda: interp.stdout)
    stderr = _Stream(lambda: interp.stderr)
    ns = {
        "__name__": "sys",
        "implementation": _Implementation(),
        "version": "3.4.0; mpconform-ref 1.29.0",
        "version_info": (3, 4, 0),
        "argv": interp.argv,
        "path": interp.path,
        "modules": _ModulesView(interp),
        "exit": exit_,
        "stdout": stdout,
        "stderr": stderr,
        "stdin": interp.stdin,
        "print_exception": print_exception,
        "maxsize": _hsys.maxsize,
        "platform": "linux",
        "byteorder": "little",
        "ps1": ">>> ",
        "ps2": "... ",
    }
    if "modules_sys_getrecursionlimit" not in interp.profile:
        ns["getrecursionlimit"] = _hsys.getrecursionlimit
    return ns


class _ModulesView(dict):
    """sys.modules: a live view of the interpreter's loaded modules (programs see its type as dict)."""

    def __init__(self, interp):
        super().__init__()
        self._interp = interp

    def _d(self):
        return self._interp.modules

    def _v(self):
        """The modules programs see: the port lists no built-in module (modules_sys_modules_builtin)."""
        i = self._interp
        if not mp("modules_sys_modules_builtin"):
            return i.modules
        return {k: m for k, m in i.modules.items() if k not in i.builtin_modules}

    def __getitem__(self, k):
        return self._v()[k]

    def __contains__(self, k):
        return k in self._v()

    def __iter__(self):
        return iter(list(self._v()))

    def __len__(self):
        return len(self._v())

    def keys(self):
        return list(self._v())

    def items(self):
        return list(self._v().items())

    def values(self):
        return list(self._v().values())

    def get(self, k, d=None):
        return self._v().get(k, d)

    def pop(self, k, *d):
        return self._d().pop(k, *d)

    def __delitem__(self, k):
        del self._d()[k]

    def __setitem__(self, k, v):
        self._d()[k] = v

    def __repr__(self):
        return repr(dict(self._v()))


_ModulesView.__name__ = _ModulesView.__qualname__ = "dict"
_ModulesView.__module__ = "builtins"
