"""`mpconform bench`: time and memory of benchmark programs on targets, tabled, plotted, gated on a baseline."""
from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from mpconform.benchresults import BenchResult, BenchStatus
from mpconform.exitcodes import EXIT_FAIL, EXIT_INTERRUPTED, EXIT_OK, EXIT_UNAVAILABLE, EXIT_USAGE
from mpconform.options import add_select_option, add_target_option, chosen_targets, parse_duration, selected
from mpconform.conformance.perf.engine import BenchConfig, BenchEngine, BenchReport
from mpconform.conformance.perf.programs import BUNDLED_BENCHMARKS, BenchFormatError, bench_id, discover_benchmarks
from mpconform.reports.bench_gate import (BenchComparison, Thresholds, compare_bench, format_bench_comparison,
                                          parse_thresholds)
from mpconform.reports.errors import ReportError
from mpconform.runners import HarnessError, TargetUnavailable

__all__ = ["configure", "main"]


def _threshold(text: str) -> Thresholds:
    try:
        return parse_thresholds(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _budget(text: str) -> float:
    if text.endswith("ms"):
        return parse_duration(text[:-2]) / 1000
    return parse_duration(text)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help=f"benchmark files or folders (default: the bundled set, {BUNDLED_BENCHMARKS}); "
                             "docs/bench-format.md says what a benchmark is")
    add_target_option(parser, "the local targets ref and unix, where available")
    add_select_option(parser, "benchmarks")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the results (schema mpconform-bench/1)")
    parser.add_argument("--baseline", type=Path, metavar="FILE",
                        help="compare with these earlier results (their sizes are reused); exit 1 on a regression")
    parser.add_argument("--update-baseline", action="store_true", help="write this run's results to --baseline")
    parser.add_argument("--threshold", type=_threshold, default=Thresholds(), metavar="T",
                        help="how much worse counts as a regression: 25%% (time and memory), or "
                             "time=25%%,memory=10%% (default: time=25%%,memory=10%%)")
    parser.add_argument("--relative-to", metavar="TARGET", help="target the ratios divide by (default: the first)")
    parser.add_argument("--repeats", type=int, default=5, help="timed repeats per benchmark and target (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs before them (default 1)")
    parser.add_argument("--budget", type=_budget, default=0.1, metavar="TIME",
                        help="calibration: double n until one repeat takes this long (default 100ms)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per program unless its header says")
    parser.add_argument("--oracle", default="cpython", help="target whose checksums are the expected ones")
    parser.add_argument("--no-memory", dest="memory", action="store_false", help="do not measure peak heaps")
    parser.add_argument("--no-min-heap", dest="min_heap", action="store_false",
                        help="do not bisect minimum heaps (targets taking heapsize=: unix, ref)")
    parser.add_argument("--plot", type=Path, metavar="FILE.svg", help="write a plot of the results (needs matplotlib)")
    parser.add_argument("--format", default="table", metavar="FMT", help="table format (as `mpconform report`)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no live progress")


def main(args: argparse.Namespace) -> int:
    err = sys.stderr
    try:
        files = discover_benchmarks(args.paths or None)
    except BenchFormatError as exc:
        print(f"mpconform bench: {exc}", file=err)
        return EXIT_USAGE
    roots = tuple(Path(p).resolve() for p in (args.paths or [BUNDLED_BENCHMARKS]) if Path(p).is_dir())
    files = [f for f in files if selected(bench_id(f, roots), args.select)]
    if not files:
        print("mpconform bench: no benchmarks selected", file=err)
        return EXIT_USAGE
    if args.update_baseline and not args.baseline:
        print("mpconform bench: --update-baseline needs --baseline FILE", file=err)
        return EXIT_USAGE
    specs = chosen_targets(args.targets, args.oracle, "mpconform bench")
    if isinstance(specs, int):
        return specs
    baseline, bad_input = _load_baseline(args)
    sizes = {(r.bench, r.target): r.n for r in baseline or () if r.status is BenchStatus.OK and r.n}
    config = BenchConfig(tuple(files), roots, tuple(specs), oracle=args.oracle, budget=args.budget,
                         repeats=max(1, args.repeats), warmup=max(1, args.warmup), timeout=args.timeout, sizes=sizes,
                         memory=args.memory, min_heap=args.min_heap)
    from mpconform.reports.progress import Progress

    try:
        engine = BenchEngine(config)
        engine.check_targets()
    except TargetUnavailable as exc:
        print(f"mpconform bench: target unavailable: {exc}", file=err)
        return EXIT_UNAVAILABLE
    except HarnessError as exc:
        print(f"mpconform bench: {exc}", file=err)
        return EXIT_USAGE
    progress = None if args.quiet else Progress(len(files) * len(engine.labels), stream=err, unit="benchmarks",
                                                 bad=[s for s in BenchStatus if s.is_bad], interval=5.0)
    if progress:
        engine.on_result = progress.update
    started = time.time()
    try:
        report = engine.run()
        comparison = None
        if baseline is not None and not args.update_baseline and not report.interrupted:
            comparison = _confirmed(engine, report, baseline, args.threshold)
    except KeyboardInterrupt:
        report, comparison = BenchReport([], {}, interrupted=True), None
    finally:
        engine.close()
        if progress:
            progress.close()
    return _finish(args, report, comparison, started, bad_input)


def _load_baseline(args: argparse.Namespace) -> tuple[list[BenchResult] | None, bool]:
    """The baseline's results (None without one); a missing or malformed one is named, and the run goes on."""
    if not args.baseline or (args.update_baseline and not args.baseline.exists()):
        return None, False
    from mpconform.reports.bench_json import read_bench

    try:
        return read_bench(args.baseline)[0], False
    except ReportError as exc:
        print(f"mpconform bench: {exc}", file=sys.stderr)
        return None, True


#: Times a suspected slowdown is timed again, and the pause before each time: on a shared host (a VM whose
#: neighbours take the CPU in bursts) one build's timings swing by up to 2× for a second or so at a time.
CONFIRMATIONS = 3
CONFIRM_PAUSE = 1.0   # seconds


def _confirmed(engine: BenchEngine, report: BenchReport, baseline: list[BenchResult],
               thresholds: Thresholds) -> BenchComparison:
    """The comparison with the baseline, after timing each suspected slowdown again, up to CONFIRMATIONS
    times a second apart: a burst on the machine slows a measurement, not all of them, so a slowdown counts
    only if every measurement agrees (each result keeps the fastest measurement)."""
    comparison = compare_bench(baseline, report.results, thresholds)
    benchmarks = None
    for _ in range(CONFIRMATIONS):
        suspects = {(c.bench, c.target) for c in comparison.regressions if c.metric == "time"}
        if not suspects:
            break
        time.sleep(CONFIRM_PAUSE)
        benchmarks = benchmarks or {b.id: b for b in engine.load()[0]}
        for i, r in enumerate(report.results):
            if (r.bench, r.target) in suspects and r.bench in benchmarks:
                again = engine.remeasure(benchmarks[r.bench], r.target, r.n)
                if again.status is BenchStatus.OK and _cost(again) < _cost(r):
                    report.results[i] = replace(r, times=again.times, host_probe=again.host_probe,
                                                reason="timed again: the fastest measurement kept")
        comparison = compare_bench(baseline, report.results, thresholds)
    return comparison


def _cost(r: BenchResult) -> float:
    """The median repeat, on the host's speed at the time where known (what the gate allows for)."""
    return (r.median or float("inf")) / (r.host_probe or 1.0)


def _finish(args: argparse.Namespace, report: BenchReport, comparison: BenchComparison | None, started: float,
            bad_input: bool) -> int:
    from mpconform.reports.bench_json import write_bench
    from mpconform.reports.bench_table import heap_table, memory_table, problem_lines, time_table

    err = sys.stderr
    results, targets = report.results, report.targets
    order = [s.label for s in args.targets] if args.targets else None
    for line in problem_lines(results):
        print(f"mpconform bench: {line}", file=err)
    if report.interrupted:
        print(f"mpconform bench: interrupted; {len(results)} results kept"
              + (f" in {args.json}" if args.json else ""), file=err)
    try:
        table = time_table(results, order, args.relative_to, fmt=args.format)
    except ValueError as exc:
        print(f"mpconform bench: {exc}", file=err)
        return EXIT_USAGE
    print(table)
    if any(r.memory is not None for r in results):
        print()
        print(memory_table(results, order, targets, fmt=args.format))
    heaps = heap_table(results, order, targets, fmt=args.format)
    if heaps:
        print()
        print(heaps)
    meta = {"benchmarks": [str(p) for p in (args.paths or [BUNDLED_BENCHMARKS])], "command": sys.argv,
            "started": started, "finished": time.time(), "budget": args.budget, "repeats": args.repeats,
            "warmup": args.warmup, "oracle": args.oracle, "load": list(os.getloadavg())}
    try:
        if args.json:
            write_bench(args.json, results, targets, meta)
        if args.update_baseline and not report.interrupted:
            write_bench(args.baseline, results, targets, meta)
            print(f"mpconform bench: baseline written to {args.baseline}")
        if args.plot and results:
            from mpconform.reports.bench_plot import PlotUnavailable, write_plot

            try:
                write_plot(args.plot, results, order, args.relative_to)
            except PlotUnavailable as exc:
                print(f"mpconform bench: no plot written: {exc}", file=err)
                bad_input = True
    except OSError as exc:
        print(f"mpconform bench: cannot write {exc.filename}: {exc.strerror}", file=err)
        return EXIT_USAGE
    if report.interrupted:
        return EXIT_INTERRUPTED
    if comparison is not None:
        print()
        print(format_bench_comparison(comparison, str(args.baseline)))
        if not comparison.ok:
            return EXIT_FAIL
    elif any(r.status.is_bad and r.status is not BenchStatus.ERROR for r in results):
        return EXIT_FAIL
    bad_input = bad_input or bool(report.problems) or any(r.status is BenchStatus.ERROR for r in results)
    return EXIT_USAGE if bad_input else EXIT_OK
