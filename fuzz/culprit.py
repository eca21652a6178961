"""The first expression whose value differs between two targets: the construct a divergence comes from.

A reduced program is instrumented so that every call, operator, comparison, attribute and subscript
prints its value as it is computed (innermost first). The first probe that differs between the oracle and
the odd target names the root cause, e.g. `call pow/3` for every program whose divergence starts at a
three-argument pow, however differently the rest of each program prints the wrong value.
"""
from __future__ import annotations

import ast
import re
from typing import Callable

from .reduce import AST_LOCK

__all__ = ["instrument", "first_difference", "find_culprit"]

_PROBE = "_mpc_probe"
# Set and dict contents print in an order the language leaves open, floats with digits it leaves open,
# objects with addresses: a probe prints what must agree, not what may differ by design.
_PRELUDE = f'''def {_PROBE}(k, v):
    n = str(type(v))
    if n[:8] == "<class '":
        n = n[8:-2]
    while '.' in n:
        n = n[n.index('.') + 1:]
    if n == 'set' or n == 'frozenset' or n == 'dict':
        r = '%s/%d' % (n, len(v))
    elif n == 'float':
        r = '%.6g' % v
    else:
        r = repr(v)
        if r[:1] == '<':
            r = '<' + n + '>'
    print('@@%d %s %s' % (k, n, r))
    return v
def {_PROBE}_enter(k):
    print('@@>%d' % k)
'''
# The probe keeps to what MicroPython 1.9 has: no type.__name__, no frozenset, no f-strings.
_LINE = re.compile(r"^@@(?:>(\d+)|(\d+) (\S+) (.*))$")


class _Probes(ast.NodeTransformer):
    def __init__(self) -> None:
        self.shapes: list[str] = []

    def _wrap(self, node: ast.expr, shape: str, enter: bool = False) -> ast.expr:
        """`probe(k, node)`; for a call `probe(k, (enter(k), node)[1])`, so that a call a target enters and
        never leaves (it raised) is known by name."""
        self.shapes.append(shape)
        k = ast.Constant(len(self.shapes) - 1)
        if enter:
            entered = ast.Call(ast.Name(_PROBE + "_enter", ast.Load()), [k], [])
            node = ast.Subscript(ast.Tuple([entered, node], ast.Load()), ast.Constant(1), ast.Load())
        return ast.copy_location(ast.Call(ast.Name(_PROBE, ast.Load()), [k, node], []), node)

    def visit_Call(self, node: ast.Call) -> ast.expr:
        # A method looked up to be called is not a value of the program's (bound-method reprs differ by
        # design): probe what it is looked up on, and the call's result.
        if isinstance(node.func, ast.Attribute):
            node.func.value = self.visit(node.func.value)
        else:
            node.func = self.visit(node.func)
        node.args = [self.visit(a) for a in node.args]
        for kw in node.keywords:
            kw.value = self.visit(kw.value)
        f = node.func
        name = f.id if isinstance(f, ast.Name) else f".{f.attr}" if isinstance(f, ast.Attribute) else "?"
        return self._wrap(node, f"call {name}/{len(node.args) + len(node.keywords)}", enter=True)

    def visit_BinOp(self, node: ast.BinOp) -> ast.expr:
        self.generic_visit(node)
        return self._wrap(node, f"operator {type(node.op).__name__}")

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.expr:
        self.generic_visit(node)
        if isinstance(node.operand, ast.Constant):
            return node  # -5 is a literal, not an operation
        return self._wrap(node, f"operator {type(node.op).__name__}")

    def visit_Compare(self, node: ast.Compare) -> ast.expr:
        self.generic_visit(node)
        return self._wrap(node, "compare " + " ".join(type(op).__name__ for op in node.ops))

    def visit_Attribute(self, node: ast.Attribute) -> ast.expr:
        self.generic_visit(node)
        if not isinstance(node.ctx, ast.Load):
            return node
        return self._wrap(node, f"attribute .{node.attr}")

    def visit_Subscript(self, node: ast.Subscript) -> ast.expr:
        self.generic_visit(node)
        if not isinstance(node.ctx, ast.Load):
            return node
        return self._wrap(node, "slice" if isinstance(node.slice, ast.Slice) else "subscript")


def instrument(source: str) -> tuple[str, list[str]] | None:
    """The program with a probe around each computed value, and what each probe computes; None if the
    program cannot be parsed here."""
    with AST_LOCK:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            return None
        probes = _Probes()
        tree = ast.fix_missing_locations(probes.visit(tree))
        return _PRELUDE + ast.unparse(tree) + "\n", probes.shapes


def _probe_lines(output: str) -> list[tuple]:
    """In the order they ran: ("enter", k) when call k starts, (k, type, value) when probe k has a value."""
    out: list[tuple] = []
    for m in map(_LINE.match, output.splitlines()):
        if m:
            out.append(("enter", int(m.group(1))) if m.group(1) else (int(m.group(2)), m.group(3), m.group(4)))
    return out


def _left_open(events: list[tuple]) -> int | None:
    """The innermost call entered and never left (an exception went through it), if any."""
    stack: list[int] = []
    for ev in events:
        if ev[0] == "enter":
            stack.append(ev[1])
        elif ev[0] in stack:
            del stack[stack.index(ev[0]):]  # the call returned (calls it left by exception go with it)
    return stack[-1] if stack else None


def first_difference(expected: str, actual: str) -> tuple[int, str] | None:
    """The probe where two outputs of an instrumented program first part, with the type of the value the
    oracle computed there; None if every probe agrees. Where the target stopped early (it raised), the call
    it entered and never left is the place, if there is one."""
    exp, act = _probe_lines(expected), _probe_lines(actual)
    i = 0
    while i < min(len(exp), len(act)) and exp[i] == act[i]:
        i += 1
    if i == len(exp) == len(act):
        return None
    ev = (exp if i < len(exp) else act)[i]
    calls = {e[1] for e in exp if e[0] == "enter"}
    if i == len(act) and (ev[0] == "enter" or ev[0] in calls):
        # The target stopped where the oracle goes on into or out of a call: the call the target was in
        # when it raised is the place (not, say, the first line of a generator it never started).
        open_call = _left_open(act)
        if open_call is not None:
            left = next((e for e in exp[i:] if e[0] == open_call), None)
            return open_call, left[1] if left else "?"
    if ev[0] == "enter":  # the oracle calls something the target does not: name it, with what it returned
        left = next((e for e in exp[i:] if e[0] == ev[1]), None)
        return ev[1], left[1] if left else "?"
    return ev[0], ev[1]


def find_culprit(source: str, run_both: Callable[[str], tuple[str, str]]) -> str | None:
    """The construct whose value first differs when `run_both` (oracle output, target output) runs the
    instrumented program, e.g. "call pow/3 -> int"; None when no probe differs (the difference is in how a
    value is printed, which the bucket signature already says)."""
    made = instrument(source)
    if made is None:
        return None
    program, shapes = made
    found = first_difference(*run_both(program))
    if found is None or found[0] >= len(shapes):
        return None
    return f"{shapes[found[0]]} -> {found[1]}"
