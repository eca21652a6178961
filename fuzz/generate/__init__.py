"""Program generator: seed (or choice sequence, or hypothesis data) → a well-typed program that prints."""
from __future__ import annotations

from dataclasses import dataclass

from .choices import Chooser, HypothesisChooser, RandomChooser, ReplayChooser
from .model import EXTENDED, FEATURES, State
from .stmts import final_probes, statement

__all__ = ["Generated", "generate", "generate_from", "replay", "programs", "FEATURES", "SAFE_IMPORTS"]

#: The only modules a generated program may import (checked by tests on many seeds).
SAFE_IMPORTS = ("math",)


@dataclass(frozen=True)
class Generated:
    """A generated program with everything needed to regenerate it."""

    source: str
    seed: int | None
    features: tuple[str, ...]
    choices: tuple[int, ...]


def generate_from(c: Chooser, seed: int | None = None, *, features: frozenset[str] | None = None) -> Generated:
    """Write one program, taking every decision from `c`. Swarm mode: features are a random subset."""
    if features is None:
        features = frozenset([f for f in FEATURES if not c.chance(0.35)] + [f for f in EXTENDED if c.chance(0.1)])
    g = State(c=c, features=features)
    for _ in range(c.integer(3, 12)):
        statement(g, 2)
    final_probes(g)
    lines = (["import math"] if g.uses_math else []) + g.lines
    return Generated("\n".join(lines) + "\n", seed, tuple(sorted(features)), tuple(c.record))


def generate(seed: int, *, features: frozenset[str] | None = None) -> str:
    """The program for a seed: `generate(n)` is the same text on every machine and every run."""
    return generate_from(RandomChooser(seed), seed, features=features).source


def replay(choices, seed: int | None = None) -> Generated:
    """Regenerate from a (possibly shrunk) choice sequence."""
    return generate_from(ReplayChooser(tuple(choices)), seed)


def programs():
    """A hypothesis strategy of program sources (hypothesis draws and shrinks every decision)."""
    from hypothesis import strategies as st

    @st.composite
    def _programs(draw):
        data = draw(st.data())
        return generate_from(HypothesisChooser(data)).source

    return _programs()
