"""Module constants the parser folds (py/parse.c, MICROPY_COMP_MODULE_CONST): math.pi, errno.ENOENT..."""
from __future__ import annotations

__all__ = ["fold_module_const"]

import errno as _errno
import math as _math

from .lib.moderrno import ERRNO_NAMES
from .node import Node
from .runtime import mp

# the unix port's constants table: the modules whose number attributes are folded, by name
_CONSTANTS: dict[str, dict[str, object]] = {
    "math": {k: getattr(_math, k) for k in ("e", "pi", "tau", "inf", "nan")},
    "errno": {k: getattr(_errno, k) for k in ERRNO_NAMES},
}


def fold_module_const(e: Node) -> Node:
    """`NAME.ATTR` with no other trailer: the constant's value whatever NAME is bound to when the code runs
    (so `del math.pi` is a SyntaxError on the port), or the attribute node unchanged."""
    table = _CONSTANTS.get(e.value.id)
    if table is None or e.attr not in table or not mp("core_module_const_fold"):
        return e
    return Node("Const", e.line, value=table[e.attr], folded=True)
