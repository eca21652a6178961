"""`mpconform run`: the suite on targets, judged against CPython or .exp files, reported and gated."""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from mpconform.conformance.config import FILE_NAME, ConfigError, find_settings, load_settings
from mpconform.conformance.discovery import BUNDLED_SUITE, SuiteError, discover
from mpconform.conformance.engine import Engine, RunConfig
from mpconform.conformance.expectations import expectations_for_run, unsorted_file, update_expectations
from mpconform.conformance.expected import default_cache_dir
from mpconform.conformance.libfetch import library_path
from mpconform.conformance.journal import JournalError
from mpconform.exitcodes import EXIT_FAIL, EXIT_INTERRUPTED, EXIT_OK, EXIT_UNAVAILABLE, EXIT_USAGE
from mpconform.options import add_select_option, add_target_option, chosen_targets, default_targets, selected
from mpconform.results import Verdict
from mpconform.runners import HarnessError, TargetUnavailable, parse_target, runner_class
from mpconform.shardinfo import ShardInfo, parse_shard

__all__ = ["configure", "main", "default_targets"]

DEFAULT_JOURNAL = Path(".mpconform/journal.jsonl")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path,
                        help=f"test tree(s), area folder(s) or test files (default: the bundled suite, {BUNDLED_SUITE})")
    add_target_option(parser, "the local targets ref and unix, where available")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                        help="parallel programs per target that is a local process (a board runs one at a time)")
    add_select_option(parser, "tests")
    parser.add_argument("--shard", metavar="I/N",
                        help="run shard I of N: a stable 1/N of the selected tests, by test id (N jobs or hosts "
                             "run 1/N..N/N; `mpconform report` merges their --json files)")
    parser.add_argument("--durations", type=Path, action="append", default=[], metavar="RESULTS.json",
                        help="with --shard: balance the shards by the test durations of a previous run's results "
                             "(repeatable: give every shard's file); else they are balanced by count")
    parser.add_argument("--timeout", type=float, default=None,
                        help="seconds per test unless its header says (default: the settings file's, else 10)")
    parser.add_argument("--lib", type=Path, action="append", default=[], metavar="DIR",
                        help="folder of library modules put on every target's module path (repeatable; after the "
                             "settings file's `lib`, a MicroPython checkout's micropython-lib unittest and the "
                             "modules `mpconform lib fetch` got)")
    parser.add_argument("--config", type=Path, metavar="FILE",
                        help=f"settings file (default: {FILE_NAME} or pyproject.toml [tool.mpconform] here, else "
                             f"{FILE_NAME} next to the test tree)")
    parser.add_argument("--oracle", default="cpython", help="target computing expected output when there is no .exp")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write machine-readable results")
    parser.add_argument("--junit", type=Path, metavar="FILE", help="write JUnit XML (one testsuite per target)")
    parser.add_argument("--html", type=Path, metavar="FILE", help="write an HTML compatibility report")
    parser.add_argument("--baseline", type=Path, metavar="FILE", help="gate on regressions against this baseline only")
    parser.add_argument("--update-baseline", action="store_true", help="write this run's verdicts to --baseline")
    parser.add_argument("--expectations", type=Path, action="append", default=[], metavar="FILE",
                        help="extra expectations file (TOML [xfail] table), on top of conformance/expectations/<target>/")
    parser.add_argument("--update-expectations", action="store_true",
                        help="drop expected failures that pass now, add new failures to <target>/unsorted.toml")
    parser.add_argument("--journal", type=Path, default=None,
                        help=f"result journal (default {DEFAULT_JOURNAL}; with --shard I/N, one per shard beside it)")
    parser.add_argument("--resume", action="store_true", help="continue the journal's run: finished results are kept")
    parser.add_argument("--cache-dir", type=Path, default=None, help=f"expected-output cache (default {default_cache_dir()})")
    parser.add_argument("--no-cache", action="store_true", help="recompute CPython's expected output")
    parser.add_argument("--max-output", type=int, default=1 << 20, help="bytes of output kept per test")
    parser.add_argument("--details", type=int, default=20, metavar="N",
                        help="list up to N tests per group of failures after the summary (0: none)")
    parser.add_argument("--why", action="store_true",
                        help="also list expected failures and skips, grouped by their reasons")
    parser.add_argument("-q", "--quiet", action="store_true", help="no live progress")


def main(args: argparse.Namespace) -> int:
    err = sys.stderr
    try:
        tests = discover(args.paths or None)
    except SuiteError as exc:
        print(f"mpconform: {exc}", file=err)
        return EXIT_USAGE
    tests = [t for t in tests if selected(t.id, args.select)]
    if not tests:
        print("mpconform: no tests selected", file=err)
        return EXIT_USAGE
    specs = chosen_targets(args.targets, args.oracle, "mpconform")
    if isinstance(specs, int):
        return specs
    if args.update_baseline and not args.baseline:
        print("mpconform: --update-baseline needs --baseline FILE", file=err)
        return EXIT_USAGE
    try:
        settings = load_settings(args.config) if args.config else find_settings(Path.cwd(), {t.root for t in tests})
    except ConfigError as exc:
        print(f"mpconform: {exc}", file=err)
        return EXIT_USAGE
    missing = [d for d in args.lib if not d.is_dir()]
    if missing:
        print(f"mpconform: --lib {missing[0]}: no such folder", file=err)
        return EXIT_USAGE
    shard = None
    if args.shard or args.durations:
        try:
            tests, shard = _shard(args, tests, specs)
        except ValueError as exc:
            print(f"mpconform: {exc}", file=err)
            return EXIT_USAGE
    if args.journal is None:  # shards run side by side in one folder each keep a journal of their own
        args.journal = DEFAULT_JOURNAL.with_name(f"journal-shard-{shard.index}-of-{shard.total}.jsonl") \
            if shard else DEFAULT_JOURNAL
    config = RunConfig(
        tests=tuple(tests), targets=tuple(specs), jobs=max(1, args.jobs),
        timeout=args.timeout or settings.timeout or 10.0, oracle=args.oracle,
        cache_dir=None if args.no_cache else (args.cache_dir or default_cache_dir()), journal=args.journal,
        resume=args.resume, expectations=settings.expectations + tuple(args.expectations),
        max_output=args.max_output, library=library_path(args.lib, settings, {t.root for t in tests}))

    from mpconform.reports.progress import Progress

    try:
        engine = Engine(config)
        engine.check_targets()
    except TargetUnavailable as exc:
        print(f"mpconform: target unavailable: {exc}", file=err)
        return EXIT_UNAVAILABLE
    except HarnessError as exc:  # e.g. one label given to two kinds of target
        print(f"mpconform: {exc}", file=err)
        return EXIT_USAGE
    progress = Progress(len(tests) * len(specs), stream=err) if not args.quiet else None
    if progress:
        engine.on_result = progress.update
    started = time.time()
    try:
        report = engine.run()
    except JournalError as exc:
        print(f"mpconform: {exc}", file=err)
        return EXIT_USAGE
    finally:
        if progress:
            progress.close()
    for problem in report.problems:
        print(f"mpconform: {problem}", file=err)
    for label, info in report.targets.items():  # a farm that lost a board: the others ran its tests
        for lost in info.get("lost", []):
            print(f"mpconform: warning: {label}: board lost midway, its tests went to the other boards: {lost}",
                  file=err)
    if report.interrupted:
        print(f"mpconform: interrupted; {len(report.results)} results kept in {args.journal} "
              "(re-run with --resume to finish)", file=err)
        return EXIT_INTERRUPTED
    return _finish(args, config, report, started, shard)


def _shard(args: argparse.Namespace, tests: list, specs: list) -> tuple[list, ShardInfo]:
    """This run's shard of the selected tests; ValueError (one line, naming the file) for bad arguments."""
    from mpconform.conformance.shards import select
    from mpconform.reports.errors import ReportError
    from mpconform.reports.json_report import read_json

    if not args.shard:
        raise ValueError("--durations balances shards: it needs --shard I/N")
    if args.update_baseline:
        raise ValueError("--update-baseline with --shard would record one shard as the whole run: merge the "
                         "shards' --json files with `mpconform report SHARD.json... --baseline FILE "
                         "--update-baseline`")
    index, total = parse_shard(args.shard)
    per_run: dict[tuple[str, str], float] = {}
    for path in args.durations:
        try:
            results, _, _ = read_json(path)
        except ReportError as exc:
            raise ValueError(f"--durations {exc}") from None
        per_run.update(((r.test, r.target), r.duration) for r in results)
    durations: dict[str, float] = {}
    for (test, _), seconds in per_run.items():
        durations[test] = durations.get(test, 0.0) + seconds
    return select(tests, index, total, [s.label for s in specs], durations)


def _finish(args: argparse.Namespace, config: RunConfig, report, started: float, shard: ShardInfo | None) -> int:
    from mpconform.reports import baseline as baseline_mod
    from mpconform.reports.json_report import write_json
    from mpconform.reports.junit import write_junit
    from mpconform.reports.table import area_table, details, summary_table

    results, targets = report.results, report.targets
    meta = {"suite": [str(p) for p in (args.paths or [BUNDLED_SUITE])], "command": sys.argv,
            "started": started, "finished": time.time(), "oracle": config.oracle}
    if shard:
        meta["shard"] = shard.to_json()
    print(summary_table(results, targets))
    if len({r.test.split("/")[0] for r in results}) > 1:
        print()
        print(area_table(results, targets))
    if args.details:
        shown = None if args.why else [v for v in Verdict if v.is_bad or v in (Verdict.XPASS, Verdict.NOTRUN)]
        listing = details(results, targets, limit=args.details, verdicts=shown)
        if listing.strip():
            print()
            print(listing)
    try:
        if args.json:
            write_json(args.json, results, targets, meta)
        if args.junit:
            write_junit(args.junit, results, targets)
        if args.html:
            from mpconform.reports.html import write_html

            from mpconform.conformance.suite_info import suite_facts

            write_html(args.html, results, targets, meta=meta,
                       suite=suite_facts([meta], {r.test for r in results}))
    except OSError as exc:
        print(f"mpconform: cannot write report: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.update_expectations:
        _update_expectations(config, results, targets)
    bad_input = bool(report.problems) or any(r.verdict is Verdict.ERROR for r in results)
    if any(info.get("aborted") for info in targets.values()):
        return EXIT_UNAVAILABLE  # a target was lost midway: the run is incomplete, whatever else it says
    if args.baseline:
        tests = {t.id for t in config.tests} if shard else None
        return _gate_on_baseline(args, results, bad_input, baseline_mod, tests)
    failed = any(r.verdict.is_bad and r.verdict is not Verdict.ERROR for r in results)
    if failed:
        return EXIT_FAIL
    return EXIT_USAGE if bad_input else EXIT_OK


def _gate_on_baseline(args, results, bad_input: bool, baseline_mod, tests: set[str] | None = None) -> int:
    """Compare with --baseline (only on `tests`, one shard's, when given: the other shards' are not removed)."""
    from mpconform.reports.errors import ReportError

    if args.update_baseline:
        baseline_mod.update_baseline(args.baseline, results)
        print(f"mpconform: baseline written to {args.baseline}")
        return EXIT_USAGE if bad_input else EXIT_OK
    try:
        base = baseline_mod.load_baseline(args.baseline)
    except ReportError as exc:
        print(f"mpconform: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if tests is not None:
        base = {target: {t: v for t, v in verdicts.items() if t in tests} for target, verdicts in base.items()}
    comparison = baseline_mod.compare(base, results)
    print()
    print(baseline_mod.format_comparison(comparison))
    if not comparison.ok:
        return EXIT_FAIL
    return EXIT_USAGE if bad_input else EXIT_OK


def _update_expectations(config: RunConfig, results, targets: dict) -> None:
    from mpconform.conformance.explain import explain_failure

    roots = {t.root for t in config.tests}
    if BUNDLED_SUITE in roots:
        new_file = None  # per target: the bundled suite's <target>/unsorted.toml
    elif config.expectations:
        new_file = config.expectations[0]
    else:
        print("mpconform: --update-expectations on your own tree needs --expectations FILE to write new "
              "failures to (the bundled expectations describe the bundled suite only)", file=sys.stderr)
        return
    for spec in config.targets:
        name = spec.option("expect") or spec.name
        info = targets.get(spec.label, {})
        who = " ".join(x for x in (info.get("implementation"), info.get("version")) if x) or spec.label
        mine = [r for r in results if r.target == spec.label]
        failing = {r.test: explain_failure(r, who) for r in mine
                   if r.verdict in (Verdict.FAIL, Verdict.TIMEOUT, Verdict.CRASH)}
        passing = {r.test for r in mine if r.verdict is Verdict.XPASS}
        current = expectations_for_run(name, roots, list(config.expectations))
        for path in update_expectations(current, failing, passing, new_file or unsorted_file(name)):
            print(f"mpconform: updated {path}")
