"""Integers where the port's methods differ (py/objint.c): int.from_bytes with a positional `signed`."""
from __future__ import annotations

__all__ = ["INT_HOOKS"]

from .runtime import MISS, mp


def _int_bytes_hook(name):
    def hook(v):
        if not (v is int or type(v) is int) or not mp("types_int_from_bytes_signed"):
            return MISS
        host = getattr(v, name)

        def f(*a, **kw):
            if kw:
                raise TypeError("function doesn't take keyword arguments")
            return host(*a[:2], signed=bool(a[2])) if len(a) > 2 else host(*a)
        return f
    return hook


#: attribute hooks of ints (see attrs.py)
INT_HOOKS = {"from_bytes": _int_bytes_hook("from_bytes")}
