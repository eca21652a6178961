"""A campaign's headline figures as table rows: what `mpconform fuzz` prints and writes, and the fuzz benchmark."""
from __future__ import annotations

__all__ = ["figures", "generation_rows"]


def figures(stats, labels: list[str], oracle: str) -> list[tuple[str, str]]:
    """The campaign's headline figures, as printed in the final table and checked by the tests."""
    rows = [("programs", str(stats.programs)), ("programs/s", f"{stats.rate():.1f}"),
            ("valid (ran to completion on the oracle)", f"{stats.pct(stats.valid):.1f}%"),
            ("printed at least three values", f"{stats.pct(stats.three):.1f}%"),
            ("divergent programs", f"{stats.pct(stats.divergent):.1f}%"),
            ("divergences seen in a batch but not alone", str(stats.unconfirmed)),
            *generation_rows(stats)]
    for lb in labels:
        if lb != oracle:
            rows.append((f"{lb} agrees with {oracle}", f"{stats.pct(stats.agree.get(lb, 0), stats.valid):.2f}%"))
    for lb in labels:
        if lb != oracle:
            # the programs left once those whose divergence a difference the target is meant to have explains
            # are set aside: where the target's profile says it should print what the oracle prints
            should = stats.valid - stats.explained.get(lb, 0)
            rows.append((f"{lb} agrees with {oracle} where no known difference applies",
                         f"{stats.pct(stats.agree.get(lb, 0), should):.2f}% ({stats.agree.get(lb, 0)}/{should})"))
    for lb in labels:
        if stats.internal.get(lb):
            rows.append((f"{lb} internal errors (defects of the target, not divergences)", str(stats.internal[lb])))
    return rows


def generation_rows(stats) -> list[tuple[str, str]]:
    """What generating cost: its CPU (the goal is <= 10% of wall time), and its wall time, which also counts
    waiting for a core while the targets run on every core."""
    cpu, wall = stats.generation_share()
    n = max(stats.programs, 1)
    return [("generation CPU per program", f"{1000 * stats.gen_cpu / n:.2f} ms"),
            ("generation share of wall time", f"{100 * cpu:.1f}% (goal <= 10%)"),
            ("generation share counting waits for a core", f"{100 * wall:.1f}% ({1000 * stats.gen_time / n:.2f} ms "
                                                      f"per program)")]
