"""A deliberately broken target for the fuzzer's self-test: CPython whose `//` truncates instead of flooring."""
from __future__ import annotations

import ast
import dataclasses
from typing import Sequence

from mpconform.runners.contract import Runner, TargetSpec
from mpconform.runners.outcome import Outcome, Program
from mpconform.runners.registry import REGISTRY, make_runner, parse_target, register, runner_class

from .reduce import AST_LOCK

__all__ = ["BrokenFloorDivRunner", "break_floordiv"]

_PRELUDE = (
    "def _fd(a, b):\n"
    "    q = a // b\n"
    "    return q + 1 if q < 0 and q * b != a else q\n"
)


class _Rewrite(ast.NodeTransformer):
    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.FloorDiv):
            return ast.copy_location(ast.Call(ast.Name("_fd", ast.Load()), [node.left, node.right], []), node)
        return node

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.FloorDiv) and isinstance(node.target, ast.Name):
            call = ast.Call(ast.Name("_fd", ast.Load()), [ast.Name(node.target.id, ast.Load()), node.value], [])
            return ast.copy_location(ast.Assign([node.target], call), node)
        return node


def break_floordiv(source: bytes) -> bytes:
    """The same program with every `a // b` computing a truncated quotient (wrong for inexact negatives)."""
    with AST_LOCK:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            return source
        tree = ast.fix_missing_locations(_Rewrite().visit(tree))
        return (_PRELUDE + ast.unparse(tree) + "\n").encode()


class BrokenFloorDivRunner(Runner):
    """`broken-floordiv[=INNER]`: runs on INNER (default cpython) after breaking floor division."""

    name = "broken-floordiv"
    description = "self-test target: CPython with a wrong // for negative operands"

    usage = "broken-floordiv[=INNER]"

    def __init__(self, spec: TargetSpec) -> None:
        super().__init__(spec)
        self._inner = make_runner(spec.arg or "cpython")

    @classmethod
    def shares_process(cls, spec: TargetSpec) -> bool:
        inner = parse_target(spec.arg or "cpython")
        return runner_class(inner.name).shares_process(inner)

    def run(self, program: Program) -> Outcome:
        return self._inner.run(_broken(program))

    def run_batch(self, programs: Sequence[Program]) -> list[Outcome]:
        return self._inner.run_batch([_broken(p) for p in programs])

    def close(self) -> None:
        self._inner.close()


def _broken(program: Program) -> Program:
    return dataclasses.replace(program, source=break_floordiv(program.source))


if "broken-floordiv" not in REGISTRY:
    register("broken-floordiv", "mpconform.fuzz.selftest:BrokenFloorDivRunner")
