"""Command-line options that several commands share, parsed one way everywhere: target strings and durations."""
from __future__ import annotations

import argparse
import re

from mpconform.runners import HarnessError, TargetSpec, known_targets, parse_target, runner_class

__all__ = ["add_target_option", "target_forms", "parse_duration"]

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
