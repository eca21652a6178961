"""The sys module (py/modsys.c): implementation, argv, path, a live modules view, streams bound to the run, atexit."""
from __future__ import annotations

__all__ = ["make_module", "IMPLEMENTATION_NAME", "SYS_STREAMS"]

import sys as _hsys

from .lib._buffer import get_buffer
from .runtime import State, format_traceback, mp

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
    """sys.stdin/stdout/stderr: the port's text streams on file descriptors 0-2, bound to the run's streams."""

    def __init__(self, get, fd: int, port: bool):
        self._get = get
        self._fd = fd
        self._port = port

    def write(self, s):
        if not isinstance(s, str):
            if isinstance(s, (bytes, bytearray, memoryview)):
                raise TypeError("can't convert 'bytes' object to str implicitly")
            raise TypeError(f"can't convert '{type(s).__name__}' object to str implicitly")
        self._get().write(s)
        return len(s)

    def read(self, *n):
        return self._get().read(*n)

    def readline(self, *n):
        return self._get().readline(*n)

    def flush(self):
        f = getattr(self._get(), "flush", None)
        if f:
            f()

    def fileno(self):
        return self._fd

    @property
    def buffer(self):
        return _Buffer(self._get, self._fd, self._port)

    def __repr__(self):
        return f"<io.TextIOWrapper {self._fd}>"


class _Buffer:
    """sys.std*.buffer: the same file descriptor for bytes; on the port a str is written as its UTF-8."""

    def __init__(self, get, fd: int, port: bool):
        self._get = get
        self._fd = fd
        self._port = port

    def write(self, b):
        if isinstance(b, str) and not self._port:
            raise TypeError("a bytes-like object is required, not 'str'")
        data = get_buffer(b)    # the buffer protocol (the program's arrays and views too); a str as its UTF-8
        out = self._get()
        raw = getattr(out, "buffer", None)
        out.flush()
        if raw is not None:
            raw.write(data)
            raw.flush()
        else:
            out.write(data.decode("utf-8", "replace"))
        return len(data)

    def read(self, *n):
        src = self._get()
        raw = getattr(src, "buffer", None)
        return raw.read(*n) if raw is not None else src.read(*n).encode()

    def flush(self):
        self._get().flush()

    def fileno(self):
        return self._fd

    def __repr__(self):
        return f"<io.FileIO {self._fd}>"


SYS_STREAMS = (_Stream, _Buffer)

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

    def exc_info():
        e = State.handled
        return (None, None, None) if e is None else (type(e), e, None)   # the port keeps no traceback object

    def atexit(fn):
        """Register the one function run after the main script (the port's sys.atexit); returns the previous."""
        prev, interp.atexit = interp.atexit, fn
        return prev

    port = bool(interp.profile)
    ns = {
        "__name__": "sys",
        "implementation": _Implementation(),
        "version": "3.4.0; mpconform-ref 1.29.0",
        "version_info": (3, 4, 0),
        "argv": interp.argv,
        "path": interp.path,
        "modules": _ModulesView(interp),
        "exit": exit_,
        "stdin": _Stream(lambda: interp.stdin, 0, port),
        "stdout": _Stream(lambda: interp.stdout, 1, port),
        "stderr": _Stream(lambda: interp.stderr, 2, port),
        "print_exception": print_exception,
        "exc_info": exc_info,
        "executable": "",       # the path of the port's binary; the reference has none
        "maxsize": _hsys.maxsize,
        "platform": "linux",
        "byteorder": "little",
        "ps1": ">>> ",
        "ps2": "... ",
    }
    if "modules_sys_getrecursionlimit" not in interp.profile:
        ns["getrecursionlimit"] = _hsys.getrecursionlimit
    if port:
        ns["atexit"] = atexit   # the port's own (MICROPY_PY_SYS_ATEXIT); CPython has an atexit module instead
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
