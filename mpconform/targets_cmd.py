"""`mpconform targets`: every registered target, whether it can run here, and what it reports itself to be."""
from __future__ import annotations

import argparse

from tabulate import tabulate

from mpconform.exitcodes import EXIT_OK
from mpconform.runners import HarnessError, known_targets, make_runner, parse_target, runner_class

__all__ = ["configure", "main"]


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("specs", nargs="*", metavar="TARGET", help="target strings to probe (default: every target)")
    parser.add_argument("--no-probe", action="store_true", help="do not start targets to ask who they are")


def main(args: argparse.Namespace) -> int:
    specs = args.specs or [_probe_target(name) for name in known_targets()]
    rows = []
    for text in specs:
        try:
            spec = parse_target(text)
            cls = runner_class(spec.name)
        except HarnessError as exc:
            rows.append([text, "no", str(exc), ""])
            continue
        except ImportError as exc:
            rows.append([text, "no", f"runner not installed: {exc}", ""])
            continue
        why = cls.availability(spec)
        identity = ""
        if why is None and not args.no_probe:
            try:
                with make_runner(spec) as runner:
                    identity = runner.identity().describe()
            except HarnessError as exc:
                why = str(exc)
        rows.append([text, "yes" if why is None else "no", cls.description if why is None else why, identity])
    print(tabulate(rows, headers=["target", "available", "description / why not", "implementation"]))
    return EXIT_OK


def _probe_target(name: str) -> str:
    """The target string to probe for a name: its runner's `probe_target`, else the bare name."""
    try:
        return runner_class(name).probe_target or name
    except (ImportError, AttributeError):
        return name  # probing it says why it cannot be imported
