"""The gc module (py/modgc.c): collections are the host's business; mem_alloc/mem_free model the port's heap."""
from __future__ import annotations

__all__ = ["make_module"]

from .runtime import Module

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


def make_module(interp) -> dict:
    """The gc module of one run."""
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
