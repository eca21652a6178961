"""Compiler, hoisting part: a statement's yields and awaits run before it, in source order, after the operands
that the port evaluates ahead of them (spilled into frame slots)."""
from __future__ import annotations

__all__ = ["HoistMixin", "has_yield", "awaits_inside", "make_pre", "YIELD", "YIELD_FROM", "AWAIT"]

from .comptry import await_iter
from .lexer import MpSyntaxError
from .node import Node
from .runtime import mp

# What one step of a statement's prelude does with its value before storing the result in its slot.
YIELD, YIELD_FROM, AWAIT, SPILL = range(4)
_SCOPE_KINDS = ("FunctionDef", "Lambda", "ClassDef", "ListComp", "SetComp", "DictComp", "GeneratorExp")


def awaits_inside(n: Node) -> bool:
    """A list/set/dict comprehension awaiting inside (CPython only: syntax_await_in_comprehension)."""
    return n.kind != "GeneratorExp" and not mp("syntax_await_in_comprehension") and _has_await(n)


def _has_await(n) -> bool:
    if isinstance(n, (list, tuple)):
        return any(_has_await(x) for x in n)
    if not isinstance(n, Node) or n.kind in ("FunctionDef", "Lambda", "ClassDef"):
        return False
    if n.kind == "Await":
        return True
    return any(_has_await(v) for key, v in n.__dict__.items()
               if key not in ("kind", "line") and isinstance(v, (Node, list, tuple)))


def has_yield(n) -> bool:
    """Whether a statement/expression contains yield/await outside nested scopes."""
    if isinstance(n, list) or isinstance(n, tuple):
        return any(has_yield(x) for x in n)
    if not isinstance(n, Node):
        return False
    k = n.kind
    if k in ("Yield", "YieldFrom", "Await"):
        return True
    if k in _SCOPE_KINDS:
        if k in ("ListComp", "SetComp", "DictComp", "GeneratorExp"):
            return has_yield(n.gens[0][1]) or awaits_inside(n)
        if k == "ClassDef":
            return has_yield(n.bases) or has_yield(n.decorators)
        if k == "FunctionDef":
            return has_yield(n.decorators) or has_yield([d for _, d in n.args.args + n.args.kwonly])
        return False
    for key, v in n.__dict__.items():
        if key not in ("kind", "line") and (isinstance(v, (Node, list, tuple))) and has_yield(v):
            return True
    return False


def make_pre(hoisted: list):
    """A host generator running the steps hoisted out of one statement, in source order."""
    def pre(f):
        for slot, kind, val in hoisted:
            v = val(f) if val is not None else None
            if kind == SPILL:
                f[slot] = v
            elif kind == YIELD:
                f[slot] = yield v
            elif kind == YIELD_FROM:
                f[slot] = yield from v
            else:
                f[slot] = yield from await_iter(v)
    return pre


def _operands(n: Node) -> list:
    """The operands of `n` the port always evaluates, in its order (and/or/if-else evaluate theirs conditionally)."""
    k = n.kind
    if k == "BinOp":
        return [n.left, n.right]
    if k == "Compare":
        return [n.left, *n.comparators]
    if k == "Call":
        return [n.func, *(a.value if a.kind == "Starred" else a for a in n.args), *(v for _, v in n.keywords)]
    if k == "Subscript":
        return [n.value, n.index]
    if k == "Slice":
        return [x for x in (n.lower, n.upper, n.step) if x is not None]
    if k in ("Tuple", "List", "Set"):
        return [e.value if e.kind == "Starred" else e for e in n.elts]
    if k == "Dict":         # each value before its key (py/compile.c), unlike CPython
        return [x for kv in zip(n.values, n.keys) for x in kv if x is not None]
    if k == "FString":
        return [p[1] for p in n.parts if not isinstance(p, str)]
    if k == "TString":
        return [fld[0] for fld in n.fields]
    if k == "Assign":       # the value, then each target's object and index
        return [n.value, *(x for t in n.targets for x in _target_operands(t))]
    if k == "AugAssign":
        return [*_target_operands(n.target), n.value]
    return []


def _target_operands(t: Node) -> list:
    k = t.kind
    if k == "Subscript":
        return [t.value, t.index]
    if k == "Attribute":
        return [t.value]
    if k in ("Tuple", "List"):
        return [x for e in t.elts for x in _target_operands(e.value if e.kind == "Starred" else e)]
    return []


class HoistMixin:
    """Generator statements: `self.hoist` collects a statement's prelude steps (slot, kind, value closure) while
    it compiles; `self.spilled` maps id(operand) -> (slot, operand) for operands computed in the prelude (the
    operand kept, so that its id stays its own while the compiler runs)."""

    def gen_mode(self) -> bool:
        sc = self.sc
        return sc is not None and sc.kind == "function" and (sc.is_generator or sc.is_async)

    def gexpr(self, n: Node | None):
        """Compile an expression that may contain yield: returns (pre_generator | None, ev)."""
        if n is None:
            return None, None
        if not (self.gen_mode() and has_yield(n)):
            return None, self.expr(n)
        return self.with_prelude(self.expr, n)

    def with_prelude(self, compile_fn, n: Node):
        """compile_fn(n) with its yields hoisted: (prelude generator, compiled closure)."""
        saved = self.hoist
        self.hoist = []
        try:
            self.spill(n)
            compiled = compile_fn(n)
            pre = make_pre(self.hoist)
        finally:
            self.hoist = saved
        return pre, compiled

    def spill(self, n: Node):
        """Move the operands of `n` that the port evaluates before its last yield into the prelude, so that they
        run before the yield as in the port; returns the slot reader if `n` itself was moved, else None."""
        known = self.spilled.get(id(n))
        if known is not None:
            slot = known[0]
            return lambda f: f[slot]
        ops = _operands(n)
        last = max((i for i, x in enumerate(ops) if has_yield(x)), default=0)
        for x in ops[:last]:
            if x.kind != "Const" and id(x) not in self.spilled:
                ev = self.expr(x)       # its own yields join the prelude first
                s = self.new_slot()
                self.hoist.append((s, SPILL, ev))
                self.spilled[id(x)] = (s, x)
        return None

    def e_Yield(self, n):
        return self.hoisted(n, YIELD)

    def e_YieldFrom(self, n):
        return self.hoisted(n, YIELD_FROM)

    def e_Await(self, n):
        sc = self.sc
        if mp("syntax_await_any_function"):
            # py/compile.c: await in any def or lambda (scope.py made it a generator); a comprehension is neither
            if sc.kind != "function" or sc.comp_of is not None:
                raise MpSyntaxError("'await' outside function", n.line)
            return self.hoisted(n, AWAIT)
        if self.hoist is not None:
            while sc.comp_of is not None:     # await in a comprehension: CPython only
                sc = sc.comp_of
        if not sc.is_async:
            raise MpSyntaxError("'await' outside async function" if sc.kind == "function" else
                                "'await' outside function", n.line)
        return self.hoisted(n, AWAIT)

    def hoisted(self, n, kind):
        if self.hoist is None:
            raise MpSyntaxError("'yield' outside function", n.line)
        val = self.expr(n.value) if n.value is not None else None
        slot = self.new_slot()
        self.hoist.append((slot, kind, val))
        return lambda f: f[slot]

    def new_slot(self) -> int:
        i = self.nslots
        self.nslots += 1
        return i
