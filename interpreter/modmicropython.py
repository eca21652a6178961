"""The micropython module (py/modmicropython.c): const, opt_level, heap lock, schedule, and no-op memory info."""
from __future__ import annotations

__all__ = ["make_module"]

from .runtime import State


def make_module(interp) -> dict:
    """The micropython module of one run."""
    st = {"opt": 0}

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
        State.heap_locked += 1

    def heap_unlock():
        State.heap_locked = max(0, State.heap_locked - 1)
        return State.heap_locked

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
            "kbd_intr": lambda c: None, "schedule": schedule,
            "stack_use": lambda: 0, "alloc_emergency_exception_buf": lambda n: None}
