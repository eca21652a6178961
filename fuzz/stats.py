"""A campaign's running figures: programs run, valid, divergent, agreement per target, generation cost."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

__all__ = ["Stats", "combined"]


@dataclass
class Stats:
    """The campaign's running figures (also what --json writes and the corpus keeps)."""

    programs: int = 0
    valid: int = 0                # ran to completion on the oracle
    three: int = 0                # printed at least three lines on the oracle
    divergent: int = 0            # programs where some target disagreed with the oracle
    unsafe: int = 0               # programs the static guard refused to run (a generator defect)
    unconfirmed: int = 0          # divergences seen in a batch that vanished when the program ran alone
    agree: dict[str, int] = field(default_factory=dict)  # per target: valid programs it agreed on
    internal: dict[str, int] = field(default_factory=dict)  # per target: programs its own implementation failed on
    kinds: dict[str, int] = field(default_factory=dict)  # divergences by classification kind
    # per target: valid programs it diverged on where a difference it is meant to have explains why (kind
    # "known": a catalogue entry; "profile": the explaining target does the same)
    explained: dict[str, int] = field(default_factory=dict)
    gen_time: float = 0.0         # wall seconds generating, including waits for a core or the GIL
    gen_cpu: float = 0.0          # CPU seconds the generator itself used
    elapsed: float = 0.0

    def rate(self) -> float:
        return self.programs / self.elapsed if self.elapsed else 0.0

    def generation_share(self) -> tuple[float, float]:
        """Generation's share of the campaign's wall time: (its own CPU, its wall time with waits)."""
        if not self.elapsed:
            return 0.0, 0.0
        return self.gen_cpu / self.elapsed, self.gen_time / self.elapsed

    def pct(self, n: int, of: int | None = None) -> float:
        of = self.programs if of is None else of
        return 100.0 * n / of if of else 0.0


def combined(parts: Iterable[Stats]) -> Stats:
    """The figures of several workers of one campaign added up: counts and per-target counts summed, and the
    times too (worker-seconds, so `rate()` is programs per worker-second)."""
    total = Stats()
    for part in parts:
        for f in fields(Stats):
            mine, theirs = getattr(total, f.name), getattr(part, f.name)
            if isinstance(mine, dict):
                for key, n in theirs.items():
                    mine[key] = mine.get(key, 0) + n
            else:
                setattr(total, f.name, mine + theirs)
    return total
