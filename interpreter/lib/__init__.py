"""Library modules of the reference interpreter: name -> factory building a namespace of host values (README.md)."""
from __future__ import annotations

import pathlib

__all__ = ["MODULES", "FROZEN"]

# name -> "dotted.path:factory"; a factory is make_module(rt) -> dict[str, object] (see _board.py for rt).
MODULES: dict[str, str] = {
    "machine": "interpreter.lib.modmachine:make_module",
    "vboard": "interpreter.lib.modmachine:make_vboard",
    "time": "interpreter.lib.modtime:make_module",
    "math": "interpreter.lib.modmath:make_module",
    "cmath": "interpreter.lib.modmath:make_cmath",
    "struct": "interpreter.lib.modstruct:make_module",
    "random": "interpreter.lib.modrandom:make_module",
    "binascii": "interpreter.lib.modbinascii:make_binascii",
    "hashlib": "interpreter.lib.modbinascii:make_hashlib",
    "errno": "interpreter.lib.modbinascii:make_errno",
    "collections": "interpreter.lib.modcollections:make_module",
    "json": "interpreter.lib.modjson:make_module",
    "io": "interpreter.lib.modio:make_module",
    "os": "interpreter.lib.modos:make_module",
    "array": "interpreter.lib.modarray:make_module",
    "re": "interpreter.lib.modre:make_module",
    "asyncio": "interpreter.lib.modasyncio:make_module",
    "heapq": "interpreter.lib.modheapq:make_module",
}

# name -> a .py file of program-level Python the interpreter compiles itself.
FROZEN: dict[str, pathlib.Path] = {}
