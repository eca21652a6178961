"""`mpconform lint`: check test headers, tests that need an .exp, non-deterministic tests, catalogue entries."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mpconform.conformance.discovery import BUNDLED_SUITE, SuiteError, discover
from mpconform.conformance.lint import lint_tests
from mpconform.exitcodes import EXIT_FAIL, EXIT_OK, EXIT_USAGE

__all__ = ["configure", "main"]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", type=Path,
                        help=f"test tree(s), area folder(s) or test files (default: the bundled suite, {BUNDLED_SUITE})")
    parser.add_argument("--no-run", action="store_true",
                        help="only check headers and catalogue docstrings; do not run tests on CPython")
    parser.add_argument("--python", default=sys.executable, help="CPython used for the runs (default: this one)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per CPython run unless the header says")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="tests linted in parallel")


def main(args: argparse.Namespace) -> int:
    try:
        tests = discover(list(args.paths) or None)
    except SuiteError as exc:
        print(f"mpconform lint: {exc}", file=sys.stderr)
        return EXIT_USAGE
    problems = lint_tests(tests, run=not args.no_run, python=args.python, timeout=args.timeout, jobs=args.jobs)
    for problem in problems:
        print(problem)
    print(f"{len(tests)} tests checked, {len(problems)} problem(s)", file=sys.stderr)
    return EXIT_FAIL if problems else EXIT_OK
