"""`mpconform bench fuzz`: end-to-end fuzzing throughput across targets, and generation's share of it."""
from __future__ import annotations

import argparse
import sys

from tabulate import tabulate

__all__ = ["main", "measure"]


def measure(targets: list[str], seconds: float, jobs: int = 2, seed: int = 0) -> dict:
    """Fuzz for `seconds` (no reduction, nothing saved) and return the throughput figures."""
    from .campaign import Campaign

    with Campaign(targets, seed=seed, jobs=jobs) as c:
        s = c.run(seconds=seconds)
        return {"targets": c.pool.labels, "programs": s.programs, "seconds": s.elapsed,
                "programs_per_s": s.rate(), "generation_share": s.gen_time / s.elapsed if s.elapsed else 0.0,
                "generation_ms": 1000 * s.gen_time / max(s.programs, 1), "valid": s.valid,
                "agree": {lb: s.agree.get(lb, 0) / max(s.valid, 1) for lb in c.pool.labels if lb != c.oracle}}


def main(argv: list[str] | None = None) -> int:
    from .cli import parse_budget, split_targets

    p = argparse.ArgumentParser(prog="mpconform bench fuzz", description=__doc__)
    p.add_argument("--targets", default="ref,cpython,unix")
    p.add_argument("--budget", type=parse_budget, default=20.0, help="seconds to run (default 20s)")
    p.add_argument("--jobs", type=int, default=2, help="runner instances per target")
    p.add_argument("--goal", type=float, default=200.0, help="programs/s goal (default 200)")
    p.add_argument("--per-target", action="store_true", help="also measure each target alone (where time goes)")
    args = p.parse_args(argv)
    targets = split_targets(args.targets)
    r = measure(targets, args.budget, args.jobs)
    rows = [("targets", ", ".join(r["targets"])), ("programs", r["programs"]), ("seconds", f"{r['seconds']:.1f}"),
            ("programs/s end-to-end", f"{r['programs_per_s']:.1f} (goal >= {args.goal:g})"),
            ("generation per program", f"{r['generation_ms']:.2f} ms"),
            ("generation share of wall time", f"{100 * r['generation_share']:.1f}% (goal <= 10%)")]
    if args.per_target:
        for t in targets:
            alone = measure([t], max(args.budget / 4, 3.0), args.jobs)
            rows.append((f"{t} alone", f"{alone['programs_per_s']:.1f} programs/s"))
    print(tabulate(rows, headers=["fuzz benchmark", "value"]))
    return 0 if r["programs_per_s"] >= args.goal and r["generation_share"] <= 0.10 else 1


if __name__ == "__main__":
    sys.exit(main())
