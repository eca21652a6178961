"""Exception objects as the port has them (py/objexcept.c): no chaining, no new attributes, value and errno."""
from __future__ import annotations

__all__ = ["EXCEPTION_HOOKS", "BUILTIN_EXCEPTIONS", "native_method"]

import builtins as _hb

from .runtime import MISS, mp


def _builtin_exc(t) -> bool:
    return isinstance(t, type) and issubclass(t, BaseException) and t.__module__ == "builtins"


def _exc_method_hook(name):
    """An exception class or instance has __init__/__new__ only where a program's class defines it: the native
    exception types' tables have neither."""
    def hook(v):
        t = v if isinstance(v, type) else type(v)
        if issubclass(t, BaseException) and mp("types_exception_subclassinit") \
                and not any(name in c.__dict__ for c in t.__mro__ if c.__module__ != "builtins"):
            raise AttributeError(f"type object '{t.__name__}' has no attribute '{name}'" if t is v else
                                 f"'{t.__name__}' object has no attribute '{name}'")
        return MISS
    return hook


def _object_new(*args):
    """What super().__new__ finds above a native exception on the port: object.__new__, which takes only the
    class and leaves the exception part unmade (no args) until a native __init__ makes it."""
    if len(args) != 1:
        raise TypeError(f"function takes 1 positional arguments but {len(args)} were given")
    e = BaseException.__new__(args[0])
    e.__dict__["_mp_unmade"] = True
    return e


def native_method(base: type, name: str, obj):
    """super().NAME where the class after the caller's is the native exception `base`: the port's object.__new__,
    and an __init__ that makes the exception part; None where the host's method applies."""
    if not _builtin_exc(base) or not mp("types_exception_subclassinit"):
        return None
    if name == "__new__":
        return _object_new
    if name == "__init__":
        def init(*args):
            obj.__dict__.pop("_mp_unmade", None)
            base.__init__(obj, *args)
        return init
    return None


def _exc_args_hook(v):
    if isinstance(v, BaseException) and v.__dict__.get("_mp_unmade"):
        raise AttributeError(f"'{type(v).__name__}' object has no attribute 'args'")
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
    "__init__": _exc_method_hook("__init__"),
    "__new__": _exc_method_hook("__new__"),
    "args": _exc_args_hook,
    "value": _exc_value_hook("value"),
    "errno": _exc_value_hook("errno"),
}

#: the built-in exception classes, whose instances take no new attributes (types_exception_instancevar)
BUILTIN_EXCEPTIONS = tuple(t for t in vars(_hb).values() if _builtin_exc(t))
