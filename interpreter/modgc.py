"""The gc module (py/modgc.c): collections are the host's business; mem_alloc/mem_free are the heap model's
(heapmodel.py)."""
from __future__ import annotations

__all__ = ["make_module"]


def make_module(interp) -> dict:
    """The gc module of one run."""
    state = {"enabled": True, "threshold": -1}

    def collect():
        return 0    # the unix port returns how many blocks it freed; the host frees none of ours

    def mem_alloc():
        return interp.heap.allocated()

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
