"""Where the generator's decisions come from: a seeded RNG, a replayed choice sequence, or hypothesis."""
from __future__ import annotations

import random
from typing import Sequence, TypeVar

__all__ = ["Chooser", "RandomChooser", "ReplayChooser", "HypothesisChooser", "Exhausted"]

T = TypeVar("T")


class Exhausted(Exception):
    """A replayed choice sequence ran out while the generator still wanted decisions."""


class Chooser:
    """Every decision of the generator is one `integer(lo, hi)` call; the value `lo` is the simplest.

    The recorded sequence (offsets from `lo`) is the program's genotype: replaying a shortened or
    lowered sequence gives a simpler program, which is how choice-level shrinking works (the same
    idea as hypothesis's choice sequences).
    """

    def __init__(self) -> None:
        self.record: list[int] = []

    def _draw(self, n: int) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def integer(self, lo: int, hi: int) -> int:
        """A uniform integer in [lo, hi]."""
        if hi <= lo:
            return lo
        off = self._draw(hi - lo + 1)
        self.record.append(off)
        return lo + off

    def choice(self, seq: Sequence[T]) -> T:
        """One element of a non-empty sequence; earlier elements are simpler."""
        return seq[self.integer(0, len(seq) - 1)]

    def chance(self, p: float) -> bool:
        """True with probability p; the simplest answer (0) is False."""
        return self.integer(0, 99) >= 100 - int(p * 100)


class RandomChooser(Chooser):
    """Decisions from `random.Random(seed)`: the same seed always gives the same program."""

    def __init__(self, seed: int) -> None:
        super().__init__()
        self._random = random.Random(seed).random

    def _draw(self, n: int) -> int:
        return int(self._random() * n)

    def integer(self, lo: int, hi: int) -> int:
        # Chooser.integer inlined: this is the generator's hottest call (a few hundred per program).
        if hi <= lo:
            return lo
        off = int(self._random() * (hi - lo + 1))
        self.record.append(off)
        return lo + off

    def chance(self, p: float) -> bool:
        off = int(self._random() * 100)
        self.record.append(off)
        return off >= 100 - int(p * 100)


class ReplayChooser(Chooser):
    """Decisions replayed from a recorded sequence; values past its end are the simplest (0)."""

    def __init__(self, choices: Sequence[int]) -> None:
        super().__init__()
        self._choices = choices
        self._i = 0

    def _draw(self, n: int) -> int:
        i = self._i
        self._i = i + 1
        if i < len(self._choices):
            return min(self._choices[i], n - 1)
        return 0


class HypothesisChooser(Chooser):
    """Decisions drawn through hypothesis (`st.data()`), so hypothesis itself shrinks the program.

    Each decision is one integer choice in hypothesis's choice sequence, so a RandomChooser's record is a
    valid choice sequence for it: that is how a fuzzed program is handed to hypothesis's shrinker."""

    def __init__(self, data) -> None:
        super().__init__()
        from hypothesis import strategies as st

        self._data = data
        self._st = st
        # One bounded integer straight from the choice sequence: the same choice `data.draw(integers)` makes,
        # without the strategy machinery around it (~20 us a decision, a few hundred decisions a program).
        conjecture = getattr(data, "conjecture_data", None)
        self._fast = getattr(conjecture, "draw_integer", None)

    def _draw(self, n: int) -> int:
        if self._fast is not None:
            return self._fast(0, n - 1)
        return self._data.draw(self._st.integers(0, n - 1))
