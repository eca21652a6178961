"""Core modules tied to the runtime: sys, builtins, gc, micropython (modsys.c, modgc.c, modmicropython.c)."""
from __future__ import annotations

__all__ = ["make", "IMPLEMENTATION_NAME"]

import sys as _hsys
from types import SimpleNamespace

from .runtime import Module, State, format_traceback, mp

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
                raise TypeError("object with buffer protocol required" if False else "can't convert 'bytes' object to str implicitly")
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


def make(interp, name: str):
    """Namespace for a core module, or None when `name` is not a core module."""
    if name == "sys" or name == "usys":
        return _make_sys(interp)
    if name == "builtins":
        return Module("builtins", dict(interp.builtins))
    if name == "gc" or name == "ugc":
        return _make_gc(interp)
    if name == "micropython":
        return _make_micropython(interp)
    return None


def _make_sys(interp) -> dict:
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


_LIVE_LIMIT = 200_000       # objects visited at most: accounting must stay cheap on big heaps


def _live_bytes(roots: dict) -> int:
    """Heap bytes a MicroPython port would hold for the data reachable from the program's globals.

    After gc.collect() the port counts exactly the live objects; this models that with per-type sizes
    close to the port's (16-byte blocks, 8-byte words) for the containers and buffers programs allocate."""
    seen: set[int] = set()
    total = 0
    stack = list(roots.values())
    while stack and len(seen) < _LIVE_LIMIT:
        v = stack.pop()
        if id(v) in seen or v is None or type(v) is bool:
            continue
        seen.add(id(v))
        t = type(v)
        if t in (bytes, bytearray, str):
            total += 16 + len(v)
        elif t is int:
            total += 16 if v.bit_length() > 30 else 0       # small ints are immediate values
        elif t is float or t is complex:
            total += 16
        elif t in (list, tuple, set, frozenset):
            total += 16 + 8 * len(v)
            stack.extend(v)
        elif t is dict:
            total += 16 + 16 * len(v)
            stack.extend(v.keys())
            stack.extend(v.values())
        elif hasattr(v, "__dict__") and not isinstance(v, (type, Module)) and not callable(v):
            total += 32
            d = v.__dict__
            if type(d) is dict:
                stack.extend(d.values())
        else:
            total += 16
    return (total + 15) & ~15


def _make_gc(interp) -> dict:
    state = {"enabled": True, "threshold": -1}

    def collect():
        return None

    def mem_alloc():
        return 16 * 1024 + _live_bytes(interp.main_globals)

    def mem_free():
        return max(0, (interp.heapsize or 2 * 1024 * 1024) - mem_alloc())

    def threshold(*a):
        if a:
            state["threshold"] = a[0]
            return None
        return state["threshold"]

    return {"__name__": "gc", "collect": collect, "enable": lambda: state.update(enabled=True),
            "disable": lambda: state.update(enabled=False), "isenabled": lambda: state["enabled"],
            "mem_free": mem_free, "mem_alloc": mem_alloc, "threshold": threshold}


def _make_micropython(interp) -> dict:
    st = {"opt": 0, "heap_locked": 0}

    def const(x):
        return x

    def opt_level(*a):
        if a:
            st["opt"] = a[0]
            return None
        return st["opt"]

    def mem_info(*a):
        interp.stdout.write(f"mem: total=0, current=0, peak=0\nstack: 0 out of {80000}\n"
                            f"GC: total: {interp.heapsize or 2097152}, used: 0, free: {interp.heapsize or 2097152}\n")

    def qstr_info(*a):
        interp.stdout.write("qstr pool: n_pool=0, n_qstr=0, n_str_data_bytes=0, n_total_bytes=0\n")

    def heap_lock():
        st["heap_locked"] += 1
        State.heap_locked = st["heap_locked"]

    def heap_unlock():
        st["heap_locked"] = max(0, st["heap_locked"] - 1)
        State.heap_locked = st["heap_locked"]
        return st["heap_locked"]

    queue: list = []
    running = [False]

    def schedule(fn, arg):
        """Callbacks run at once unless one is running: then they queue (8 deep) and run after it."""
        if running[0]:
            if len(queue) >= 8:
                raise RuntimeError("schedule queue full")
            queue.append((fn, arg))
            return
        running[0] = True
        try:
            fn(arg)
            while queue:
                f2, a2 = queue.pop(0)
                f2(a2)
        finally:
            running[0] = False
            queue.clear()

    return {"__name__": "micropython", "const": const, "opt_level": opt_level, "mem_info": mem_info,
            "qstr_info": qstr_info, "heap_lock": heap_lock, "heap_unlock": heap_unlock,
            "heap_locked": lambda: st["heap_locked"], "kbd_intr": lambda c: None, "schedule": schedule,
            "stack_use": lambda: 0, "native": lambda f: f, "viper": lambda f: f, "bytecode": lambda f: f, "alloc_emergency_exception_buf": lambda n: None}


_ = SimpleNamespace


_ModulesView.__name__ = _ModulesView.__qualname__ = "dict"
_ModulesView.__module__ = "builtins"
