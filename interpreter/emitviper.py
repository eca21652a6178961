"""@micropython.viper as py/emitnative.c compiles it: typed locals, machine-word ints that wrap, casts, type errors."""
from __future__ import annotations

__all__ = ["ViperMixin", "ViperTypeError"]

from .node import Node

_SIGN, _MASK = 1 << 63, (1 << 64) - 1
_SMALL = 1 << 62        # a literal the parser keeps as a small int is an int to viper; a larger one, an object
_NOT_MODELLED = ("ptr", "ptr8", "ptr16", "ptr32")
_OPNAMES = {"/": "__truediv__", "**": "__pow__", "@": "__matmul__"}


class ViperTypeError(TypeError):
    """What the port's viper compiler raises for code it cannot type (mp_type_ViperTypeError)."""


ViperTypeError.__module__ = "builtins"


def _as_int(v: int) -> int:
    return ((v + _SIGN) & _MASK) - _SIGN


def _as_uint(v: int) -> int:
    return v & _MASK


def _as_bool(v: int) -> bool:
    return v & _MASK != 0


_WRAP = {"int": _as_int, "uint": _as_uint, "bool": _as_bool}


def _word(v, wrap):
    """mp_obj_get_int_truncated: an object to a machine word."""
    if isinstance(v, int):
        return wrap(int(v))
    raise TypeError(f"can't convert {type(v).__name__} to int")


def _machine_op(op: str, wrap):
    """A binary operator on machine words (x86-64: a shift count is taken modulo 64)."""
    if op == "+":
        return lambda a, b: wrap(a + b)
    if op == "-":
        return lambda a, b: wrap(a - b)
    if op == "*":
        return lambda a, b: wrap(a * b)
    if op in ("//", "%"):
        floor = op == "//"

        def div(a, b):
            if b == 0:      # the port's machine division traps (SIGFPE); here the program gets the exception
                raise ZeroDivisionError("divide by zero")
            return wrap(a // b if floor else a % b)
        return div
    if op == "<<":
        return lambda a, b: wrap(a << (b & 63))
    if op == ">>":
        return lambda a, b: wrap(a >> (b & 63))
    if op == "&":
        return lambda a, b: wrap(a & b)
    if op == "|":
        return lambda a, b: wrap(a | b)
    return lambda a, b: wrap(a ^ b)


class _Frame:
    """The viper types of one function: its locals' (fixed at their first store) and its return type."""

    def __init__(self, types: dict[str, str], ret: str, name: str, line: int):
        self.types = types
        self.ret = ret
        self.name = name
        self.line = line        # of the def: where the port reports most of its type errors


class ViperMixin:
    """Compiles the body of a viper function: expressions of machine type become closures computing canonical
    Python ints (signed for int, unsigned for uint), which are also their boxed values."""

    def viper_body(self, n: Node, body_stmts: list[Node]):
        sc = self.sc
        if sc.is_generator:
            raise NotImplementedError("native yield")
        notes = getattr(n.args, "annotations", {})
        name = n.name if n.kind == "FunctionDef" else "<lambda>"
        saved, self.viper = self.viper, _Frame({}, "object", name, n.args.line)
        try:
            types = self.viper.types
            types.update((p, self._viper_type(notes.get(p))) for p in sc.params)
            self.viper.ret = self._viper_type(getattr(n, "returns", None))
            conv = [(self.slots[p], _WRAP[t]) for p, t in types.items() if t != "object"]
            body, is_gen = self.block(body_stmts)
        finally:
            self.viper = saved
        if not conv:
            return body, is_gen

        def run(f):
            for i, c in conv:
                f[i] = _word(f[i], c) if c is not _as_bool else bool(f[i])
            return body(f)
        return run, is_gen

    def _viper_type(self, ann: Node | None) -> str:
        if ann is None:
            return "object"
        name = ann.id if ann.kind == "Name" else "?"
        if name in _NOT_MODELLED:
            raise NotImplementedError(f"viper type '{name}' is not modelled by the reference")
        if name not in ("object", "int", "uint", "bool"):
            raise self._viper_error(f"unknown type '{name}'")
        return name

    def _viper_error(self, msg: str, line: int | None = None) -> ViperTypeError:
        """Raised while compiling, with the traceback entry the port gives it: in the function, at the line
        of its def unless the statement's is given."""
        e = ViperTypeError(msg)
        v = self.viper
        e.__dict__["_mp_tb"] = [(self.filename, line or v.line, v.name)]
        return e

    # ---- types
    def vtype(self, n: Node) -> str:
        """The viper type of expression `n`: object, int, uint or bool."""
        k = n.kind
        if k == "Const":
            if type(n.value) is bool:
                return "bool"
            return "int" if type(n.value) is int and -_SMALL <= n.value < _SMALL else "object"
        if k == "Name":
            return self.viper.types.get(n.id, "object") if self.name_kind(n.id)[0] == "local" else "object"
        if k == "BinOp":      # machine words of any two kinds: the result has the left one's
            a, b = self.vtype(n.left), self.vtype(n.right)
            if a == b == "object":
                return "object"
            if "object" in (a, b):
                raise self._viper_error(f"can't do binary op between '{a}' and '{b}'")
            if n.op in _OPNAMES:
                raise self._viper_error(f"binary op {_OPNAMES[n.op]} not implemented")
            return a
        if k in ("Compare", "BoolOp"):
            ts = [self.vtype(x) for x in ((n.left, *n.comparators) if k == "Compare" else n.values)]
            if all(t == "object" for t in ts):
                return "object"
            if "object" in ts:
                other = next(t for t in ts if t != "object")
                raise self._viper_error(f"can't do binary op between '{ts[0]}' and "
                                        f"'{other if ts[0] == 'object' else 'object'}'")
            if k == "BoolOp":
                return ts[0]
            if "int" in ts and "uint" in ts:
                raise self._viper_error("comparison of int and uint")
            return "bool"
        if k == "UnaryOp":
            t = self.vtype(n.operand)
            return t
        if k == "Call" and n.func.kind == "Name" and n.func.id in ("int", "uint", "bool") and len(n.args) == 1 \
                and not n.keywords and n.args[0].kind != "Starred" and self.name_kind(n.func.id)[0] == "global":
            return n.func.id
        return "object"

    def viper_expr(self, n: Node):
        """A closure for `n` in a viper function (its value boxed where it meets objects)."""
        t = self.vtype(n)
        if t == "object" or n.kind in ("Const", "Name"):
            return getattr(self, "e_" + n.kind)(n)
        k = n.kind
        if k == "BinOp":
            a, b, op = self.expr(n.left), self.expr(n.right), _machine_op(n.op, _WRAP[t])
            return lambda f: op(a(f), b(f))
        if k == "UnaryOp":
            v = self.expr(n.operand)
            wrap = _WRAP.get(t)
            if n.op == "-":
                return lambda f: wrap(-v(f))
            if n.op == "~":
                return lambda f: wrap(~v(f))
            if n.op == "not":
                raise self._viper_error("'not' not implemented")
            return v
        if k == "Call":
            v = self.expr(n.args[0])
            if t == "bool":
                return lambda f: bool(v(f))
            wrap = _WRAP[t]
            return lambda f: _word(v(f), wrap)
        return getattr(self, "e_" + k)(n)     # comparisons: canonical words compare as Python ints

    # ---- statements that type a local or check a type
    def viper_stmt(self, n: Node):
        """Type checks of a statement in a viper function; a closure where viper compiles it its own way,
        else None (the statement compiles as usual)."""
        k = n.kind
        if k == "Return":
            t = self.vtype(n.value) if n.value is not None else "object"
            if t != self.viper.ret:
                raise self._viper_error(f"return expected '{self.viper.ret}' but got '{t}'")
        elif k in ("Assign", "AnnAssign") and n.value is not None:
            t = self.vtype(n.value)
            for target in (n.targets if k == "Assign" else [n.target]):
                self._store_type(target, t if target.kind == "Name" else "object", n.line)
        elif k == "AugAssign" and n.target.kind == "Name":
            binop = Node("BinOp", n.line, left=Node("Name", n.line, id=n.target.id), op=n.op, right=n.value)
            if self.vtype(binop) != "object":       # on machine words: name = name op value
                return self.s_Assign(Node("Assign", n.line, targets=[n.target], value=binop))
        elif k == "For":
            self._store_type(n.target, self._range_type(n.iter, n.line), n.line)
        return None

    def _range_type(self, it: Node, line: int) -> str:
        """The type of the variable of `for x in range(...)`: its start's; the port then compares it with the
        end, so both must agree."""
        if not (it.kind == "Call" and it.func.kind == "Name" and it.func.id == "range" and 1 <= len(it.args) <= 3
                and not it.keywords and all(a.kind != "Starred" for a in it.args)):
            return "object"
        start = self.vtype(it.args[0]) if len(it.args) > 1 else "int"
        end = self.vtype(it.args[1] if len(it.args) > 1 else it.args[0])
        if start != end:
            raise self._viper_error(f"can't do binary op between '{start}' and '{end}'", line)
        return start

    def _store_type(self, target: Node, t: str, line: int) -> None:
        if target.kind in ("Tuple", "List"):
            for e in target.elts:
                self._store_type(e.value if e.kind == "Starred" else e, "object", line)
            return
        if target.kind != "Name" or self.name_kind(target.id)[0] != "local":
            return      # stored boxed
        have = self.viper.types.setdefault(target.id, t)
        if have != t:
            raise self._viper_error(f"local '{target.id}' has type '{have}' but source is '{t}'", line)
