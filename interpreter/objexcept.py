"""Exception objects as the port has them (py/objexcept.c): no chaining, no new attributes, value and errno."""
from __future__ import annotations

__all__ = ["EXCEPTION_HOOKS", "BUILTIN_EXCEPTIONS"]

import builtins as _hb

from .runtime import MISS, mp


def _builtin_exc(t) -> bool:
    return isinstance(t, type) and issubclass(t, BaseException) and t.__module__ == "builtins"


def _exc_init_hook(v):
    if _builtin_exc(v) and mp("types_exception_subclassinit"):
        raise AttributeError(f"type object '{v.__name__}' has no attribute '__init__'")
    return MISS


def _exc_value_hook(name):
    def hook(v):
        if not isinstance(v, BaseException) or not mp("types_exception_attrs"):
            return MISS
        if name in getattr(v, "__dict__", ()) or any(name in vars(c) for c in type(v).__mro__
                                                      if c.__module__ != "builtins"):
            return MISS     # the program's own attribute
        # the port aliases both to args[0] on every exception; the host's OSError(2).errno is None
        return v.args[0] if v.args else None
    return hook


def _no_chain_hook(name):
    def hook(v):
        if isinstance(v, BaseException) and mp("core_exception_chaining"):
            raise AttributeError(f"'{type(v).__name__}' object has no attribute '{name}'")
        return MISS
    return hook


#: attribute hooks of exceptions and exception classes (see attrs.py)
EXCEPTION_HOOKS = {
    "__cause__": _no_chain_hook("__cause__"),
    "__context__": _no_chain_hook("__context__"),
    "__suppress_context__": _no_chain_hook("__suppress_context__"),
    "__init__": _exc_init_hook,
    "value": _exc_value_hook("value"),
    "errno": _exc_value_hook("errno"),
}

#: the built-in exception classes, whose instances take no new attributes (types_exception_instancevar)
BUILTIN_EXCEPTIONS = tuple(t for t in vars(_hb).values() if _builtin_exc(t))
