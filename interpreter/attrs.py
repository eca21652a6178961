"""Attributes of built-in objects where the port's differ from the host's: hooks by name, and the types
whose instances take no new attributes (core_function_userattr, types_exception_instancevar).

Each obj*.py file owns the hooks of its type, as each py/obj*.c owns its type's locals table; this is the
one table the compiler and getattr() consult.
"""
from __future__ import annotations

__all__ = ["ATTR_HOOKS", "NO_ATTR_TYPES", "check_store_attr"]

import types

from .objarray import BYTEARRAY_HOOKS
from .objexcept import BUILTIN_EXCEPTIONS, EXCEPTION_HOOKS
from .objint import INT_HOOKS
from .objlist import LIST_HOOKS
from .objstr import STR_HOOKS
from .runtime import mp

#: attribute name -> function(value) returning the port's attribute, or MISS where the host's applies
ATTR_HOOKS = {**EXCEPTION_HOOKS, **STR_HOOKS, **LIST_HOOKS, **INT_HOOKS, **BYTEARRAY_HOOKS}

# types whose instances take no new attributes (core_function_userattr, types_exception_instancevar)
NO_ATTR_TYPES = {types.FunctionType: "core_function_userattr"}
NO_ATTR_TYPES.update({t: "types_exception_instancevar" for t in BUILTIN_EXCEPTIONS})


def check_store_attr(o, name: str) -> None:
    diff = NO_ATTR_TYPES.get(type(o))
    if diff is not None and mp(diff) and not name.startswith("_mp_"):
        raise AttributeError(f"'{'function' if type(o) is types.FunctionType else type(o).__name__}' "
                             f"object has no attribute '{name}'")
