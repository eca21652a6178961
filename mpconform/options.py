"""Command-line options that several commands share, parsed one way everywhere: target strings and durations."""
from __future__ import annotations

import argparse
import fnmatch
import re
import sys

from mpconform.exitcodes import EXIT_UNAVAILABLE, EXIT_USAGE
from mpconform.runners import HarnessError, TargetSpec, known_targets, parse_target, runner_class

__all__ = ["add_target_option", "target_forms", "parse_duration", "default_targets", "chosen_targets",
           "add_select_option", "selected"]

SYNTAX = "NAME[=ARG|:ARG][*N][,key=value...]"


def _target(text: str) -> TargetSpec:
    try:
        return parse_target(text)
    except HarnessError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def target_forms() -> str:
    """Every known target's string forms (its runner's `usage`), for help texts."""
    forms = []
    for name in known_targets():
        try:
            forms.append(runner_class(name).usage or name)
        except (ImportError, AttributeError):  # a plugin that does not import here is still a name
            forms.append(name)
    return ", ".join(forms)


def add_target_option(parser: argparse.ArgumentParser, default: str) -> None:
    """`-t/--target TARGET`, repeatable, parsed into TargetSpecs in `args.targets` (None when not given: the
    command picks its `default`, described in the help)."""
    parser.add_argument("-t", "--target", action="append", dest="targets", type=_target, metavar="TARGET",
                        help=f"target string {SYNTAX}, repeatable: {target_forms()} (default: {default}; "
                             f"`mpconform targets` lists them)")


def parse_duration(text: str) -> float:
    """'90', '90s', '10m', '1.5h' → seconds."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"expected a duration such as 90s, 10m or 1h; got {text!r}")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


def default_targets() -> list[str]:
    """The local targets a newcomer has without a board: the reference interpreter and the unix port."""
    chosen = []
    for name in ("ref", "unix"):
        spec = parse_target(name)
        try:
            if runner_class(name).availability(spec) is None:
                chosen.append(name)
        except ImportError:
            continue
    return chosen


def chosen_targets(targets: list[TargetSpec] | None, oracle: str, prog: str) -> list[TargetSpec] | int:
    """The targets given (else the default ones) with the oracle's string checked; or the exit code, the
    reason printed in one line, when there are none or a string does not parse."""
    try:
        specs = targets or [parse_target(t) for t in default_targets()]
        parse_target(oracle)
    except HarnessError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not specs:
        print(f"{prog}: no target available here: install the unix port (pip install 'mpconform[unix]') "
              "or name one with --target", file=sys.stderr)
        return EXIT_UNAVAILABLE
    return specs


def add_select_option(parser: argparse.ArgumentParser, what: str) -> None:
    """`-k PATTERN`, repeatable, choosing `what` (tests, benchmarks) by id."""
    parser.add_argument("-k", dest="select", action="append", metavar="PATTERN",
                        help=f"only {what} whose id contains PATTERN (or matches it as a glob); repeatable")


def selected(ident: str, patterns: list[str] | None) -> bool:
    """Whether `-k` chose `ident`: every id when no pattern is given, else an id containing a pattern or
    matching it as a glob."""
    return not patterns or any(p in ident or fnmatch.fnmatch(ident, p) for p in patterns)
