"""`mpconform report RESULTS.json [MORE.json ...]`: a compatibility report across targets and versions.

Reads saved results (`mpconform run --json`), puts every (file, target) side by side, prints the summary,
breadth-by-area and why-it-fails tables, and optionally writes HTML, Markdown and JUnit, or gates on a baseline.

Exit codes (the same as `mpconform run`): 0 fine, 1 regressions against `--baseline`, 2 bad input
(a missing or malformed results/baseline file, an unknown format).
"""
from __future__ import annotations

import argparse
import sys

from mpconform.conformance.suite_info import suite_facts
from mpconform.exitcodes import EXIT_FAIL, EXIT_OK, EXIT_USAGE
from mpconform.reports.baseline import compare, format_comparison, load_baseline, update_baseline
from mpconform.reports.context import build_context, load_inputs
from mpconform.reports.errors import ReportError
from mpconform.reports.html import write_report
from mpconform.reports.junit import write_junit
from mpconform.reports.markdown import write_markdown
from mpconform.reports.runs import combine
from mpconform.reports.table import FORMATS, area_table, details, summary_table

__all__ = ["configure", "main"]


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the `report` arguments to `parser` (a sub-command parser of `mpconform`)."""
    parser.add_argument("results", nargs="+", metavar="RESULTS.json",
                        help="results files written by `mpconform run --json`; several are shown side by side")
    parser.add_argument("--html", metavar="OUT", help="write a self-contained HTML compatibility report")
    parser.add_argument("--markdown", metavar="OUT",
                        help="write a short Markdown summary (for a CI job summary or a pull-request comment)")
    parser.add_argument("--junit", metavar="OUT", help="write JUnit XML (one testsuite per target)")
    parser.add_argument("--format", default="table", choices=FORMATS, metavar="FMT",
                        help="table format: table (default), markdown, csv, or any tabulate format "
                             "(github, grid, pipe, rst, html, latex, ...)")
    parser.add_argument("--details", type=int, default=20, metavar="N",
                        help="list at most N tests per failure/skip reason (0: no listing, -1: all)")
    parser.add_argument("--baseline", metavar="FILE",
                        help="compare with this baseline; exit 1 if any test regressed from pass")
    parser.add_argument("--update-baseline", action="store_true",
                        help="write these results' verdicts to --baseline (the way to record a sharded run: give "
                             "every shard's file)")
    parser.add_argument("--title", default="mpconform compatibility report", help="title of the HTML report")


def main(args: argparse.Namespace) -> int:
    """Run the `report` sub-command with parsed `args`; returns the exit code."""
    out = sys.stdout
    problems: list[str] = []
    if args.update_baseline and not args.baseline:
        print("mpconform report: --update-baseline needs --baseline FILE", file=sys.stderr)
        return EXIT_USAGE
    try:
        runs, documents = load_inputs(args.results, problems)
        baseline = load_baseline(args.baseline) if args.baseline and not args.update_baseline else None
    except ReportError as e:
        print(f"mpconform report: {e}", file=sys.stderr)
        return EXIT_USAGE
    for problem in problems:  # a missing shard: the others are shown, and the exit code says it is incomplete
        print(f"mpconform report: {problem}", file=sys.stderr)
    results, targets = combine(runs)
    if not results:
        print("mpconform report: warning: the results files hold no results", file=sys.stderr)
    # Files first: they are what CI keeps, and a reader closing stdout early (| head) must not lose them.
    ctx = None
    if args.html or args.markdown:
        suite = suite_facts([run.meta for run in runs], {r.test for r in results})
        ctx = build_context(runs, title=args.title, documents=documents, baseline=baseline,
                            baseline_source=args.baseline or "", suite=suite)
    writers = [(args.html, lambda p: write_report(p, ctx)), (args.markdown, lambda p: write_markdown(p, ctx)),
               (args.junit, lambda p: write_junit(p, results, targets))]
    for path, write in writers:
        if not path:
            continue
        try:
            write(path)
        except OSError as e:
            print(f"mpconform report: cannot write {path}: {e.strerror or e}", file=sys.stderr)
            return EXIT_USAGE
    print(summary_table(results, targets, fmt=args.format), file=out)
    print(file=out)
    print(area_table(results, targets, fmt=args.format), file=out)
    if args.details != 0:
        text = details(results, targets, limit=None if args.details < 0 else args.details)
        print(file=out)
        print(text, file=out)
    status = EXIT_USAGE if problems else EXIT_OK
    if args.update_baseline:
        if problems:
            print(f"mpconform report: {args.baseline} not updated: the results are incomplete", file=sys.stderr)
            return status
        try:
            update_baseline(args.baseline, results)
        except (OSError, ReportError) as e:
            print(f"mpconform report: cannot update {args.baseline}: {e}", file=sys.stderr)
            return EXIT_USAGE
        print(f"mpconform report: baseline written to {args.baseline}", file=out)
    if baseline is not None:
        cmp = compare(baseline, results)
        print(file=out)
        print(format_comparison(cmp), file=out)
        status = status if cmp.ok else EXIT_FAIL
    return status
