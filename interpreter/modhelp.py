"""The help builtin as py/modhelp.c has it: the unix port's welcome text, or an object's type and its type's locals."""
from __future__ import annotations

__all__ = ["help_text", "help_obj"]

import types

from .runtime import Module

#: MICROPY_PY_BUILTINS_HELP_TEXT of the unix port
HELP_TEXT = """Welcome to MicroPython!

For online docs please visit http://docs.micropython.org/

Control commands:
  CTRL-A        -- on a blank line, enter raw REPL mode
  CTRL-B        -- on a blank line, enter normal REPL mode
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, exit or do a soft reset
  CTRL-E        -- on a blank line, enter paste mode

For further help on a specific object, type help(obj)
"""

_BYTES_COMMON = """find rfind index rindex join split splitlines rsplit startswith endswith strip lstrip rstrip format
replace count partition rpartition center lower upper isspace isalpha isdigit isupper islower"""

# The locals tables of the port's built-in types (py/obj*.c), in table order: name, or name:kind for a
# classmethod (c) or staticmethod (s). Types missing here have none (bool, float, range, NoneType...).
_LOCALS = {
    int: "from_bytes:c to_bytes",
    str: _BYTES_COMMON + " encode",
    bytes: "hex fromhex:c decode " + _BYTES_COMMON,
    bytearray: "append extend hex fromhex:c decode " + _BYTES_COMMON,
    list: "append clear copy count extend index insert pop remove reverse sort",
    tuple: "count index",
    dict: "clear copy fromkeys:c get items keys pop popitem setdefault update values __getitem__ __setitem__ "
          "__delitem__",
    set: "add clear copy discard difference difference_update intersection intersection_update isdisjoint "
         "issubset issuperset pop remove symmetric_difference symmetric_difference_update union update "
         "__contains__",
    frozenset: "copy difference intersection isdisjoint issubset issuperset symmetric_difference union "
               "__contains__",
    object: "__init__ __new__:s __setattr__ __delattr__",
    types.GeneratorType: "close send throw pend_throw",
    property: "getter setter deleter",
}
_KINDS = {"": "<function>", "c": "<classmethod>", "s": "<staticmethod>"}
_TYPE_NAMES = {"builtin_function_or_method": "function", "method": "bound_method"}


def help_text() -> str:
    """What help() prints."""
    return HELP_TEXT


def help_obj(obj, to_str) -> str:
    """What help(obj) prints: `to_str` is the program-level str()."""
    t = type(obj)
    name = _TYPE_NAMES.get(t.__name__, t.__name__)
    lines = [f"object {to_str(obj)} is of type {name}"]
    owner = obj if isinstance(obj, type) else t
    if isinstance(obj, Module):
        entries = [(k, to_str(v)) for k, v in vars(obj).items()]
    elif owner in _LOCALS:
        entries = [(nm, _KINDS[kind]) for nm, _, kind in (e.partition(":") for e in _LOCALS[owner].split())]
    elif owner.__module__ == "builtins" or owner.__module__.startswith(_OWN):
        entries = []        # a built-in type of the port without a locals table
    else:
        entries = [(k, to_str(v)) for k, v in vars(owner).items() if k not in _HOST_ONLY]
    lines += [f"  {k} -- {v}" for k, v in entries]
    return "\n".join(lines) + "\n"


_OWN = __name__.rpartition(".")[0] + "."
_HOST_ONLY = frozenset({"__dict__", "__weakref__", "__doc__"})   # the host's bookkeeping in a class __dict__
