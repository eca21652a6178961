"""Library modules of the reference interpreter: name -> factory building a namespace of host values (README.md)."""
from __future__ import annotations

import pathlib

__all__ = ["MODULES", "FROZEN"]

# name -> "dotted.path:factory"; a factory is make_module(rt) -> dict[str, object] (see _board.py for rt).
MODULES: dict[str, str] = {
    "machine": "mpconform.interpreter.lib.modmachine:make_module",
    "vboard": "mpconform.interpreter.lib.modmachine:make_vboard",
    "time": "mpconform.interpreter.lib.modtime:make_module",
    "math": "mpconform.interpreter.lib.modmath:make_module",
    "cmath": "mpconform.interpreter.lib.modmath:make_cmath",
    "struct": "mpconform.interpreter.lib.modstruct:make_module",
    "random": "mpconform.interpreter.lib.modrandom:make_module",
    "binascii": "mpconform.interpreter.lib.modbinascii:make_module",
    "hashlib": "mpconform.interpreter.lib.modhashlib:make_module",
    "errno": "mpconform.interpreter.lib.moderrno:make_module",
    "collections": "mpconform.interpreter.lib.modcollections:make_module",
    "json": "mpconform.interpreter.lib.modjson:make_module",
    "io": "mpconform.interpreter.lib.modio:make_module",
    "os": "mpconform.interpreter.lib.modos:make_module",
    "array": "mpconform.interpreter.lib.modarray:make_module",
    "re": "mpconform.interpreter.lib.modre:make_module",
    "asyncio": "mpconform.interpreter.lib.modasyncio:make_module",
    "heapq": "mpconform.interpreter.lib.modheapq:make_module",
}

# name -> a .py file of program-level Python the interpreter compiles itself.
FROZEN: dict[str, pathlib.Path] = {}
