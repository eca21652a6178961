"""A deliberately broken reference: the real `ref` runner, whose worker breaks one compiler method before forking.

Tests register it under the name `ref` (`monkeypatch.setitem(REGISTRY, "ref", BROKEN_REF)`), so that the engine
and the fuzzer meet a defect of the reference exactly as they would a real one: in the forked worker, on
every program that compiles a binary operator.
"""
from __future__ import annotations

from pathlib import Path

from mpconform.runners.ref import RefRunner

__all__ = ["BrokenRefRunner", "BROKEN_REF", "DEFECT", "break_compiler"]

BROKEN_REF = "broken_ref:BrokenRefRunner"
DEFECT = "'Node' object has no attribute 'op_broken_on_purpose'"


class BrokenRefRunner(RefRunner):
    """The reference runner, with a compiler whose binary operators raise a host AttributeError."""

    worker_prime = "broken_ref:break_compiler"
    worker_path = (str(Path(__file__).resolve().parent),)


def break_compiler() -> None:
    """The worker's warm-up, then one compiler method replaced by a bug (every forked child inherits it)."""
    from mpconform.interpreter.compile import Compiler
    from mpconform.interpreter.prime import prime

    prime()

    def e_BinOp(self, n):
        raise AttributeError(DEFECT)

    Compiler.e_BinOp = e_BinOp
