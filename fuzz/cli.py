"""`mpconform fuzz`: differential fuzzing across targets with live statistics, buckets, reduction, corpus."""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

from tabulate import tabulate

from mpconform.runners.errors import HarnessError, TargetSpecError, TargetUnavailable
from mpconform.runners.processes import terminate_as_interrupt

from .campaign import DEFAULT_BATCH

__all__ = ["configure", "main", "parse_budget", "figures", "generation_rows"]


def parse_budget(text: str) -> float:
    """'90', '90s', '10m', '1.5h' → seconds."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"expected a duration such as 90s, 10m or 1h; got {text!r}")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--targets", default="cpython,unix",
                        help="comma list of targets; the oracle is cpython if listed, else the first "
                             "(options with ';' instead of ',' e.g. 'ref;profile=cpython')")
    parser.add_argument("--budget", type=parse_budget, default=60.0, help="time to fuzz: 90s, 10m, 1h (default 60s)")
    parser.add_argument("--programs", type=int, help="stop after this many programs")
    parser.add_argument("--seed", type=int, help="first seed (default: continue from --out, else 0)")
    parser.add_argument("--out", type=Path, help="corpus folder: buckets, candidates, state to continue from")
    parser.add_argument("--json", type=Path, help="write the figures and buckets as JSON here")
    parser.add_argument("--jobs", type=int, default=2, help="runner instances per local target (default 2)")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds per program per target (default 5)")
    parser.add_argument("--batch", type=int, default=DEFAULT_BATCH,
                        help=f"programs per target run: one forked child runs them in turn, each with fresh "
                             f"interpreter state; divergences are re-run alone (default {DEFAULT_BATCH}; 1: a "
                             f"process per program)")
    parser.add_argument("--oracle", help="target label to compare against (default cpython or the first)")
    parser.add_argument("--explain-with", metavar="LABEL",
                        help="a target whose agreement with the odd target explains a divergence (default: a "
                             "'ref' target without profile=cpython, if listed)")
    parser.add_argument("--no-reduce", action="store_true", help="do not shrink new buckets")
    parser.add_argument("--reduce-checks", type=int, default=300, help="target runs allowed per reduction")
    parser.add_argument("--reduce-budget", type=parse_budget,
                        help="time for shrinking buckets after fuzzing (default: as long as --budget); buckets "
                             "left unreduced are shrunk by the next run that continues the corpus")
    parser.add_argument("--show", type=int, metavar="SEED", help="print the program for SEED and exit")
    parser.add_argument("--replay", type=Path, metavar="FILE", help="run FILE on the targets and show divergences")
    parser.add_argument("--recheck", action="store_true",
                        help="re-run the buckets saved in --out on the targets and say which still diverge")
    parser.add_argument("--quiet", action="store_true", help="no live statistics")


def split_targets(text: str) -> list[str]:
    """Targets are comma-separated; a target's own options follow ';' (or ',key=value' right after it)."""
    out: list[str] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if "=" in part and out and re.match(r"^[a-z_]+=", part) and part.split("=", 1)[0] in _OPTION_KEYS:
            out[-1] += "," + part
        else:
            out.append(part.replace(";", ","))
    return out


_OPTION_KEYS = ("profile", "heapsize", "emit", "label", "sandbox", "baud", "port")


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


def _progress(stats, buckets) -> None:
    new = sum(1 for b in buckets.values() if b.kind == "new")
    print(f"fuzz: {stats.programs} programs, {stats.rate():.1f}/s, valid {stats.pct(stats.valid):.1f}%, "
          f">=3 values {stats.pct(stats.three):.1f}%, divergent {stats.pct(stats.divergent):.1f}%, "
          f"buckets {len(buckets)} (new {new})", file=sys.stderr, flush=True)


def _reduced(campaign, bucket, quiet: bool) -> None:
    campaign.save([bucket])  # one bucket at a time: an interrupted shrinking phase keeps what it finished
    if not quiet:
        lines = (bucket.reduced or "").count("\n")
        print(f"fuzz: reduced {bucket.id} to {lines} lines ({bucket.reduce_checks} checks)", file=sys.stderr,
              flush=True)


def main(args: argparse.Namespace) -> int:
    from .generate import generate

    if args.show is not None:
        sys.stdout.write(generate(args.show))
        return 0
    from .campaign import Campaign, CorpusError

    if args.batch < 1:
        print(f"mpconform fuzz: --batch must be at least 1, got {args.batch}", file=sys.stderr)
        return 2
    targets = split_targets(args.targets)
    try:
        campaign = Campaign(targets, out=args.out, seed=args.seed, jobs=args.jobs, timeout=args.timeout,
                            oracle=args.oracle, explainer=args.explain_with, batch=args.batch)
    except (TargetUnavailable, TargetSpecError, CorpusError) as exc:
        print(f"mpconform fuzz: {exc}", file=sys.stderr)
        return 3 if isinstance(exc, TargetUnavailable) else 2
    try:
        if args.replay:
            return _replay(campaign, args.replay)
        if args.recheck:
            still = campaign.recheck()
            rows = [(bid, "still diverges" if v else "agrees now") for bid, v in sorted(still.items())]
            print(tabulate(rows, headers=["bucket", "recheck"]))
            return 1 if any(still.values()) else 0
        with terminate_as_interrupt():
            campaign.run(seconds=args.budget, programs=args.programs, progress=None if args.quiet else _progress)
            if not args.quiet:
                _progress(campaign.stats, campaign.buckets)
            campaign.save()  # what was found is on disk before the (long) shrinking starts
            if not args.no_reduce:
                campaign.reduce_buckets(seconds=args.reduce_budget or args.budget, max_checks=args.reduce_checks,
                                        after_each=lambda b: _reduced(campaign, b, args.quiet))
                campaign.merge_reduced()
            campaign.save()
    except KeyboardInterrupt:
        campaign.save()
        where = f"; corpus saved in {args.out}, continue with the same --out" if args.out else ""
        print(f"mpconform fuzz: interrupted after {campaign.stats.programs} programs{where}", file=sys.stderr)
        return 130
    except HarnessError as exc:
        campaign.save()
        print(f"mpconform fuzz: {exc}", file=sys.stderr)
        return 3
    finally:
        campaign.close()
    s, labels = campaign.stats, campaign.pool.labels
    print(tabulate(figures(s, labels, campaign.oracle), headers=["figure", "value"]))
    roots: dict[str, int] = {}
    ordered = sorted(campaign.buckets.values(), key=lambda b: (b.kind, b.root, b.target))
    rows = [(roots.setdefault(b.root, len(roots) + 1), b.id, b.kind,
             b.explained_by or (f"first differs at {b.culprit}" if b.culprit else "-"), b.target, b.count, b.seed,
             (b.reduced or "").count("\n") or "-") for b in ordered]
    if rows:
        print()
        print(tabulate(rows, headers=["root", "bucket", "kind", "explained by", "target", "programs", "seed",
                                      "reduced lines"]))
    if args.json:
        args.json.write_text(json.dumps({
            "oracle": campaign.oracle, "targets": labels, "stats": asdict(s),
            "figures": dict(figures(s, labels, campaign.oracle)),
            "buckets": [{**b.meta(), "reproduce": campaign.reproduce(b)} for b in campaign.buckets.values()],
        }, indent=2))
    return 1 if any(b.kind in ("new", "crash", "invalid", "internal") for b in campaign.buckets.values()) else 0


def _replay(campaign, path: Path) -> int:
    from .classify import classify
    from .compare import compare, view_of

    source = path.read_text()
    outs = campaign.pool.run(source)
    views = {lb: view_of(o) for lb, o in outs.items()}
    for lb, o in outs.items():
        print(f"--- {lb} ({views[lb].end})")
        sys.stdout.write(o.stdout.decode("utf-8", "replace"))
    divs = compare(campaign.oracle, views)
    for d in divs:
        c = classify(d, source)
        print(f"=== {d.describe()}\n    {c.kind} {c.id or ''} signature {c.signature}")
    if not divs:
        print("=== all targets agree")
    return 1 if divs else 0
