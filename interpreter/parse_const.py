"""Constants the port's parser folds (py/parse.c): module constants (math.pi, errno.ENOENT...), number expressions."""
from __future__ import annotations

__all__ = ["fold_module_const", "folded_constant"]

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


def _folded_number(e: Node) -> str | None:
    """'int' or 'float' when the port's parser folds `e` to a number, None when `e` is left to run (it is not
    made of number literals, or folding it could raise: the port then leaves the error to the run)."""
    if e.kind == "Const":
        return {int: "int", float: "float"}.get(type(e.value))
    if e.kind == "UnaryOp" and e.op in ("-", "+", "~"):
        t = _folded_number(e.operand)
        return t if e.op != "~" or t == "int" else None
    if e.kind != "BinOp":
        return None
    left, right = _folded_number(e.left), _folded_number(e.right)
    if not left or not right:
        return None
    t = "float" if "float" in (left, right) or e.op == "/" else "int"
    if e.op in ("+", "-", "*"):
        return t
    if e.op in ("&", "|", "^"):
        return t if t == "int" else None
    if e.right.kind != "Const":
        return None         # the right operand's value decides whether these raise
    v = e.right.value
    if e.op in ("/", "//", "%"):
        return t if v != 0 else None
    if e.op in ("<<", ">>"):
        return t if t == "int" and v >= 0 else None
    return t if e.op == "**" and v >= 0 else None


def folded_constant(e: Node) -> bool:
    """Whether the port's parser makes `e` one constant, so that a statement of it alone is dropped (what shows
    in the REPL's paste mode, where other expression statements print): a literal, number arithmetic that
    cannot raise, `not` of a literal, a non-empty tuple of such. Measured on the unix port 1.29."""
    if e.kind == "Const" or _folded_number(e):
        return True
    if e.kind == "UnaryOp" and e.op == "not":
        return e.operand.kind == "Const"
    return e.kind == "Tuple" and bool(e.elts) and all(folded_constant(x) for x in e.elts)
