"""Constants the port's parser folds (py/parse.c): `NAME = const(value)` (MICROPY_COMP_CONST), module constants
such as math.pi and errno.ENOENT (MICROPY_COMP_MODULE_CONST), and number expressions."""
from __future__ import annotations

__all__ = ["fold_consts", "fold_module_const", "folded_constant"]

import errno as _errno
import math as _math
import operator as op

from .lexer import MpSyntaxError
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


_NUMBER = (int, float, complex)
_BINARY = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "//": op.floordiv, "%": op.mod, "**": op.pow,
           "<<": op.lshift, ">>": op.rshift, "&": op.and_, "|": op.or_, "^": op.xor}
_UNARY = {"-": op.neg, "+": op.pos, "~": op.invert, "not": op.not_}
_MAX_BITS = 1 << 26     # a folded number larger than this is left to the runtime (and its heap guards)


def fold_consts(stmts: list) -> None:
    """Rewrite the module's tree in place as the port's parser does: each `NAME = const(expr)` records the folded
    constant `expr` (a SyntaxError if it is none), every later NAME atom becomes that value, and the assignment
    itself goes when NAME starts with an underscore."""
    _Folder().block(stmts)


class _Folder:
    def __init__(self):
        self.consts: dict[str, object] = {}

    def block(self, stmts: list) -> None:
        stmts[:] = [s for s in (self.sub(s) for s in stmts) if s is not None]

    def sub(self, x):
        """x with the names of constants replaced (None for a private constant's assignment, which goes)."""
        if isinstance(x, list):
            if x and isinstance(x[0], Node) and x[0].kind in _STATEMENTS:
                self.block(x)
            else:
                x[:] = [self.sub(y) for y in x]
            return x
        if isinstance(x, tuple):
            return tuple(self.sub(y) for y in x)
        if not isinstance(x, Node):
            return x
        if x.kind == "Name" and x.id in self.consts:
            return Node("Const", x.line, value=self.consts[x.id])
        for key, v in x.__dict__.items():
            if key not in ("kind", "line") and isinstance(v, (Node, list, tuple)):
                setattr(x, key, self.sub(v))
        if x.kind == "Assign" and len(x.targets) == 1 and x.targets[0].kind == "Name" and _is_const_call(x.value):
            return self.define(x)
        return x

    def define(self, n: Node):
        name = n.targets[0].id
        value = _fold(n.value.args[0])
        if value is None:
            raise MpSyntaxError("not a constant", n.value.line)
        self.consts[name] = value.value
        if name.startswith("_"):
            return None
        n.value = value
        return n


_STATEMENTS = frozenset({"Expr", "Assign", "AugAssign", "AnnAssign", "Del", "Pass", "Break", "Continue", "Return",
                         "Raise", "Global", "Nonlocal", "Assert", "Import", "ImportFrom", "If", "While", "For",
                         "Try", "With", "FunctionDef", "ClassDef", "Match"})


def _is_const_call(v: Node) -> bool:
    return v.kind == "Call" and v.func.kind == "Name" and v.func.id == "const" and len(v.args) == 1 \
        and not v.keywords and v.args[0].kind != "Starred"


def _fold(n: Node) -> Node | None:
    """The constant `n` folds to, as the port's parser folds: arithmetic on numbers and tuples of constants."""
    k = n.kind
    if k == "Const":
        return n
    if k == "Tuple":
        items = [_fold(e) for e in n.elts]
        if any(i is None for i in items):
            return None
        return Node("Const", n.line, value=tuple(i.value for i in items))
    if k == "UnaryOp":
        a = _fold(n.operand)
        return _apply(_UNARY[n.op], n.line, a) if a is not None else None
    if k == "BinOp" and n.op in _BINARY:
        a, b = _fold(n.left), _fold(n.right)
        if a is None or b is None:
            return None
        if type(a.value) is int and type(b.value) is int and a.value and (
                n.op == "<<" and b.value > _MAX_BITS or n.op == "**" and a.value.bit_length() * b.value > _MAX_BITS):
            return None
        return _apply(_BINARY[n.op], n.line, a, b)
    return None


def _apply(fn, line: int, *args: Node) -> Node | None:
    values = [a.value for a in args]
    if not all(isinstance(v, _NUMBER) for v in values):
        return None     # str, bytes and tuples are constants but fold no operators
    try:
        return Node("Const", line, value=fn(*values))
    except (ArithmeticError, ValueError, TypeError):    # the port's folding gives up where the operation raises
        return None


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
