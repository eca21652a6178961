"""`mpconform fuzz`: differential fuzzing across targets with live statistics, buckets, reduction, corpus."""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import asdict
from pathlib import Path

from tabulate import tabulate

from mpconform.exitcodes import EXIT_FAIL, EXIT_INTERRUPTED, EXIT_OK, EXIT_UNAVAILABLE, EXIT_USAGE
from mpconform.fuzz import selftest  # noqa: F401 - registers broken-floordiv, which -t may name
from mpconform.fuzz.campaign import DEFAULT_BATCH
from mpconform.fuzz.figures import figures
from mpconform.fuzz.shared import DEFAULT_LEASE
from mpconform.fuzz.store import StoreError, open_store
from mpconform.options import add_target_option, parse_duration
from mpconform.runners import HarnessError, TargetSpec, TargetSpecError, TargetUnavailable, parse_target

__all__ = ["configure", "main", "split_targets"]

DEFAULT_TARGETS = ("cpython", "unix")


def configure(parser: argparse.ArgumentParser) -> None:
    add_target_option(parser, " and ".join(DEFAULT_TARGETS) + "; the oracle is cpython if given, else the first")
    parser.add_argument("--targets", dest="target_list", metavar="LIST",
                        help="deprecated: a comma list of targets, options after ';' ('ref;profile=cpython'); use "
                             "-t for each target")
    parser.add_argument("--budget", type=parse_duration, default=60.0, help="time to fuzz: 90s, 10m, 1h (default 60s)")
    parser.add_argument("--programs", type=int, help="stop after this many programs")
    parser.add_argument("--seed", type=int, help="first seed (default: continue from --out, else 0)")
    parser.add_argument("--out", type=Path, help="corpus folder: buckets, candidates, state to continue from")
    parser.add_argument("--json", type=Path, help="write the figures and buckets as JSON here")
    parser.add_argument("--jobs", type=int, default=2, help="runners per target that is a local process (default 2; a board runs one per pool member)")
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
    parser.add_argument("--reduce-budget", type=parse_duration,
                        help="time for shrinking buckets after fuzzing (default: as long as --budget); buckets "
                             "left unreduced are shrunk by the next run that continues the corpus")
    parser.add_argument("--show", type=int, metavar="SEED", help="print the program for SEED and exit")
    parser.add_argument("--replay", type=Path, metavar="FILE", help="run FILE on the targets and show divergences")
    parser.add_argument("--recheck", action="store_true",
                        help="re-run the buckets saved in --out on the targets and say which still diverge")
    parser.add_argument("--store", metavar="URL",
                        help="share one campaign with other workers (processes, hosts) through a store: "
                             "redis://HOST:PORT/DB or dir:/shared/path; seeds are handed out in blocks, findings, "
                             "counts and reductions are shared, --out and --json get the whole campaign")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="with --store: start N local workers on it, wait for them, and print the campaign")
    parser.add_argument("--lease", type=float, default=DEFAULT_LEASE, metavar="SECONDS",
                        help=f"with --store: how long a worker reducing a bucket may show no sign of life before "
                             f"another takes the bucket over (default {DEFAULT_LEASE:g})")
    parser.add_argument("--worker-name", help=argparse.SUPPRESS)   # set by --workers for the workers it starts
    parser.add_argument("--quiet", action="store_true", help="no live statistics")


def split_targets(text: str) -> list[str]:
    """The deprecated `--targets` list: targets are comma-separated; a target's own options follow ';' (or
    ',key=value' right after it)."""
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


def _targets(args: argparse.Namespace) -> list[TargetSpec]:
    """-t targets, then those of the deprecated --targets list, else the default ones."""
    specs = list(args.targets or [])
    if args.target_list:
        print("mpconform fuzz: warning: --targets is deprecated; give each target with -t, as in mpconform run "
              "(-t ref,profile=cpython -t cpython)", file=sys.stderr)
        specs += [parse_target(t) for t in split_targets(args.target_list)]
    return specs or [parse_target(t) for t in DEFAULT_TARGETS]


def main(args: argparse.Namespace) -> int:
    from mpconform.fuzz.generate import generate

    if args.show is not None:
        sys.stdout.write(generate(args.show))
        return EXIT_OK
    from mpconform.fuzz.campaign import Campaign, CorpusError

    problem = _shared_usage(args)
    if problem:
        print(f"mpconform fuzz: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if args.workers:
        return _run_workers(args)
    store = None
    try:
        targets = [spec.text for spec in _targets(args)]
        store = open_store(args.store) if args.store else None
        campaign = Campaign(targets, out=None if store else args.out, seed=args.seed, jobs=args.jobs,
                            timeout=args.timeout, oracle=args.oracle, explainer=args.explain_with, batch=args.batch)
    except (TargetUnavailable, TargetSpecError, CorpusError, StoreError) as exc:
        print(f"mpconform fuzz: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE if isinstance(exc, TargetUnavailable) else EXIT_USAGE
    if store is not None:
        try:
            campaign.share(store, worker=args.worker_name, lease=args.lease)
        except StoreError as exc:
            campaign.close()
            print(f"mpconform fuzz: {exc}", file=sys.stderr)
            return EXIT_USAGE
    try:
        if args.replay:
            return _replay(campaign, args.replay)
        if args.recheck:
            if campaign.shared:
                campaign.buckets = campaign.shared.load().buckets
            still = campaign.recheck()
            rows = [(bid, "still diverges" if v else "agrees now") for bid, v in sorted(still.items())]
            print(tabulate(rows, headers=["bucket", "recheck"]))
            return EXIT_FAIL if any(still.values()) else EXIT_OK
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
        if campaign.shared:
            where = f"; findings saved in the store {args.store}"
        print(f"mpconform fuzz: interrupted after {campaign.stats.programs} programs{where}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (HarnessError, StoreError) as exc:
        try:
            campaign.save()
        except StoreError:
            pass  # the store itself failed: said below
        print(f"mpconform fuzz: {exc}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    finally:
        campaign.close()
    labels = campaign.pool.labels
    if not campaign.shared:
        return _summary(args, campaign.stats, labels, campaign.oracle, campaign.buckets)
    campaign.shared.finish(campaign.stats, campaign.found)
    return _summary(args, campaign.stats, labels, campaign.oracle, None, campaign.shared)


def _summary(args: argparse.Namespace, stats, labels: list[str], oracle: str, buckets, shared=None) -> int:
    """Print the figures and the buckets, write --json (and --out, for a store's campaign); the exit code. With
    a store (`shared`), the whole campaign's: every worker's figures added up, and the buckets of all."""
    from mpconform.fuzz.corpus import Corpus, reproduce

    own = stats
    view = shared.load() if shared else None
    if view is not None:
        stats, buckets = view.stats, view.buckets
        print(tabulate(_worker_rows(view, shared.worker), headers=["worker", "state", "programs", "programs/s",
                                                                    "seeds", "reduced", "last saved"]))
        print()
    print(tabulate(figures(stats, labels, oracle), headers=["figure", "value"]))
    roots: dict[str, int] = {}
    ordered = sorted(buckets.values(), key=lambda b: (b.kind, b.root, b.target))
    rows = [(roots.setdefault(b.root, len(roots) + 1), b.id, b.kind,
             b.explained_by or (f"first differs at {b.culprit}" if b.culprit else "-"), b.target, b.count, b.seed,
             (b.reduced or "").count("\n") or "-") for b in ordered]
    if rows:
        print()
        print(tabulate(rows, headers=["root", "bucket", "kind", "explained by", "target", "programs", "seed",
                                      "reduced lines"]))
    if view is not None and args.out:
        next_seed = max((end for w in view.workers for _, end in w.ranges), default=0)
        Corpus(args.out).save(next_seed, stats, buckets)
    if args.json:
        doc = {"oracle": oracle, "targets": labels, "stats": asdict(stats), "figures": dict(figures(stats, labels, oracle)),
               "buckets": [{**b.meta(), "reproduce": reproduce(b, args.out)} for b in buckets.values()]}
        if view is not None:
            doc["store"] = args.store
            doc["worker"] = {"id": shared.worker, "stats": asdict(own)} if own is not None else None
            doc["workers"] = [{"id": w.id, "state": w.state, "stats": asdict(w.stats), "ranges": w.ranges,
                               "counts": w.counts, "reduced": w.reduced} for w in view.workers]
        args.json.write_text(json.dumps(doc, indent=2))
    return EXIT_FAIL if any(b.kind in ("new", "crash", "invalid", "internal") for b in buckets.values()) else EXIT_OK


def _worker_rows(view, me: str) -> list[tuple]:
    now = time.time()
    return [(w.id + (" (this one)" if w.id == me else ""), w.state, w.stats.programs, f"{w.stats.rate():.1f}",
             sum(b - a for a, b in w.ranges), len(w.reduced), f"{now - w.updated:.0f}s ago") for w in view.workers]


def _shared_usage(args: argparse.Namespace) -> str:
    """What is wrong with the options of a shared campaign, '' when nothing."""
    if args.batch < 1:
        return f"--batch must be at least 1, got {args.batch}"
    if not args.store:
        return "--workers N needs --store URL (the store the workers share)" if args.workers else ""
    if args.seed is not None:
        return "--seed has no meaning with --store: the store hands out seeds in blocks, each run once"
    if args.workers is not None and args.workers < 1:
        return f"--workers must be at least 1, got {args.workers}"
    if args.workers and (args.replay or args.recheck or args.show is not None):
        return "--workers runs a campaign: not with --replay, --recheck or --show"
    return ""


def _run_workers(args: argparse.Namespace) -> int:
    """--workers N: N local workers on the store, then the campaign as the store holds it."""
    from mpconform.fuzz.campaign import campaign_config, roles
    from mpconform.fuzz.shared import SharedCorpus
    from mpconform.fuzz.workers import run_workers

    specs = _targets(args)
    labels = list(dict.fromkeys(spec.label for spec in specs))
    oracle, explainer = roles(labels, args.oracle, args.explain_with)
    try:
        reader = SharedCorpus(open_store(args.store), campaign_config(labels, oracle, explainer, args.timeout),
                              register=False)
    except StoreError as exc:
        print(f"mpconform fuzz: {exc}", file=sys.stderr)
        return EXIT_USAGE
    argv = [a for spec in specs for a in ("-t", spec.text)]
    argv += ["--budget", str(args.budget), "--jobs", str(args.jobs), "--timeout", str(args.timeout), "--batch",
             str(args.batch), "--reduce-checks", str(args.reduce_checks), "--store", args.store, "--lease",
             str(args.lease), "--quiet"]
    for flag, value in (("--programs", args.programs), ("--oracle", args.oracle),
                        ("--explain-with", args.explain_with), ("--reduce-budget", args.reduce_budget)):
        if value is not None:
            argv += [flag, str(value)]
    if args.no_reduce:
        argv.append("--no-reduce")
    try:
        exits = run_workers(argv, args.workers)
    except KeyboardInterrupt:
        print(f"mpconform fuzz: interrupted; the workers' findings are saved in the store {args.store}",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    for gone in (e for e in exits if e.died):
        print(f"mpconform fuzz: {gone.describe()}; the others' results are kept in {args.store}", file=sys.stderr)
    code = _summary(args, None, labels, oracle, None, reader)
    return EXIT_UNAVAILABLE if any(e.died for e in exits) else code


def _replay(campaign, path: Path) -> int:
    from mpconform.fuzz.classify import classify
    from mpconform.fuzz.compare import compare, view_of

    try:
        source = path.read_text()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"mpconform fuzz: cannot read {path}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return EXIT_USAGE
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
    return EXIT_FAIL if divs else EXIT_OK
