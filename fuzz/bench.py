"""`mpconform selfbench fuzz`: end-to-end fuzzing throughput across targets, batched against a process per program;
with `--workers N`, one worker against N workers sharing a store (fuzz/shared.py), with the machine's load."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile

from tabulate import tabulate

__all__ = ["main", "measure", "measure_workers"]


def measure(targets: list[str], seconds: float, jobs: int = 2, seed: int = 0, batch: int | None = None) -> dict:
    """Fuzz for `seconds` (no reduction, nothing saved) and return the throughput figures."""
    from .campaign import DEFAULT_BATCH, Campaign

    with Campaign(targets, seed=seed, jobs=jobs, batch=batch or DEFAULT_BATCH) as c:
        s = c.run(seconds=seconds)
        return {"targets": c.pool.labels, "programs": s.programs, "seconds": s.elapsed, "stats": s,
                "programs_per_s": s.rate(), "generation_share": s.generation_share()[0], "valid": s.valid,
                "unconfirmed": s.unconfirmed,
                "agree": {lb: s.agree.get(lb, 0) / max(s.valid, 1) for lb in c.pool.labels if lb != c.oracle}}


def measure_workers(targets: list[str], seconds: float, workers: int, jobs: int = 2, batch: int | None = None,
                    store: str | None = None) -> dict:
    """Fuzz with `workers` local worker processes on a fresh store (a temporary folder unless `store`) for
    `seconds` each, no reduction; the campaign's throughput is the sum of the workers' (they run at once)."""
    from .campaign import DEFAULT_BATCH
    from .shared import SharedCorpus
    from .store import open_store
    from .workers import run_workers

    with tempfile.TemporaryDirectory(prefix="mpconform-bench-store-") as tmp, open(os.devnull, "w") as quiet:
        url = store or f"dir:{tmp}/store"
        argv = [a for t in targets for a in ("-t", t)] + [
            "--budget", str(seconds), "--jobs", str(jobs), "--batch", str(batch or DEFAULT_BATCH), "--store", url,
            "--no-reduce", "--quiet"]
        load = os.getloadavg()[0]
        exits = run_workers(argv, workers, out=quiet)
        died = [e.describe() for e in exits if e.died]
        view = SharedCorpus(open_store(url), {}, register=False, check=False).load()
    mine = [w for w in view.workers if w.stats.elapsed]
    return {"workers": workers, "programs": view.stats.programs, "died": died,
            "programs_per_s": sum(w.stats.programs / w.stats.elapsed for w in mine),
            "load": (load, os.getloadavg()[0])}


def _compare_workers(targets: list[str], seconds: float, workers: int, jobs: int, batch: int, rounds: int) -> int:
    """One worker and `workers` workers side by side (alternated `rounds` times: medians), with the load."""
    one, many = [], []
    for _ in range(max(1, rounds)):
        one.append(measure_workers(targets, seconds, 1, jobs, batch))
        many.append(measure_workers(targets, seconds, workers, jobs, batch))
    a, b = _median(one), _median(many)
    rows = [("targets", ", ".join(targets)),
            ("cores here", os.cpu_count()),
            ("programs (1 worker / %d workers)" % workers, f"{a['programs']} / {b['programs']}"),
            ("programs/s, 1 worker", f"{a['programs_per_s']:.1f}"),
            (f"programs/s, {workers} workers on one store", f"{b['programs_per_s']:.1f}"),
            (f"{workers} workers / 1 worker", f"{b['programs_per_s'] / max(a['programs_per_s'], 1e-9):.2f}x"),
            ("load average (1 min) before / after, 1 worker", "%.2f / %.2f" % a["load"]),
            (f"load average (1 min) before / after, {workers} workers", "%.2f / %.2f" % b["load"])]
    print(tabulate(rows, headers=["fuzz workers benchmark", "value"]))
    if rounds > 1:
        print(f"(medians of {rounds} alternating rounds of {seconds:g}s each)")
    for m in one + many:
        for line in m["died"]:
            print(f"mpconform selfbench fuzz: {line}", file=sys.stderr)
    return 1 if any(m["died"] for m in one + many) else 0


def main(argv: list[str] | None = None) -> int:
    from mpconform.options import add_target_option, parse_duration

    from .campaign import DEFAULT_BATCH
    from .figures import generation_rows

    p = argparse.ArgumentParser(prog="mpconform selfbench fuzz", description=__doc__)
    add_target_option(p, "ref, cpython and unix")
    p.add_argument("--budget", type=parse_duration, default=20.0, help="seconds per measurement (default 20s)")
    p.add_argument("--jobs", type=int, default=2, help="runner instances per target")
    p.add_argument("--batch", type=int, default=DEFAULT_BATCH, help=f"programs per batch (default {DEFAULT_BATCH})")
    p.add_argument("--goal", type=float, default=200.0, help="programs/s goal (default 200)")
    p.add_argument("--rounds", type=int, default=1,
                   help="alternate the two modes this many times and quote medians (default 1)")
    p.add_argument("--per-target", action="store_true", help="also measure each target alone (where time goes)")
    p.add_argument("--workers", type=int, metavar="N",
                   help="instead: throughput of 1 worker beside N workers sharing one store (mpconform fuzz "
                        "--workers), with the machine's load average")
    args = p.parse_args(argv)
    targets = [spec.text for spec in args.targets] if args.targets else ["ref", "cpython", "unix"]
    if args.workers:
        return _compare_workers(targets, args.budget, args.workers, args.jobs, args.batch, args.rounds)
    batched, single = [], []
    for _ in range(max(1, args.rounds)):  # alternated, so that a change in machine load hits both modes
        batched.append(measure(targets, args.budget, args.jobs, batch=args.batch))
        single.append(measure(targets, args.budget, args.jobs, batch=1))
    r, one = _median(batched), _median(single)
    rows = [("targets", ", ".join(r["targets"])),
            ("programs (batched / one process each)", f"{r['programs']} / {one['programs']}"),
            (f"programs/s end-to-end, batches of {args.batch}", f"{r['programs_per_s']:.1f} (goal >= {args.goal:g})"),
            ("programs/s end-to-end, a process per program", f"{one['programs_per_s']:.1f}"),
            ("batched / one process each", f"{r['programs_per_s'] / max(one['programs_per_s'], 1e-9):.2f}x"),
            ("divergences seen in a batch but not alone", r["unconfirmed"]),
            *generation_rows(r["stats"])]
    if args.per_target:
        for t in targets:
            alone = measure([t], max(args.budget / 4, 3.0), args.jobs, batch=args.batch)
            rows.append((f"{t} alone, batched", f"{alone['programs_per_s']:.1f} programs/s"))
    print(tabulate(rows, headers=["fuzz benchmark", "value"]))
    if args.rounds > 1:
        print(f"(medians of {args.rounds} alternating rounds of {args.budget:g}s each)")
    return 0 if r["programs_per_s"] >= args.goal and r["generation_share"] <= 0.10 else 1


def _median(runs: list[dict]) -> dict:
    """The run with the median throughput (its other figures come with it, measured together)."""
    ordered = sorted(runs, key=lambda m: m["programs_per_s"])
    return ordered[len(ordered) // 2]


if __name__ == "__main__":
    sys.exit(main())
