"""The `mpconform` command: a table of sub-commands, each imported only when it is the one asked for."""
from __future__ import annotations

import argparse
import importlib
import sys

from mpconform.exitcodes import EPILOG, EXIT_INTERRUPTED, EXIT_USAGE, terminate_as_interrupt

__all__ = ["main", "COMMANDS"]

#: sub-command → (module with configure(parser) and main(args) -> int, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("mpconform.run_cmd", "run test scripts on targets, judge them, report and gate"),
    "targets": ("mpconform.targets_cmd", "list known targets, whether they are available here, and who they are"),
    "lint": ("mpconform.lint_cmd", "check test headers, missing .exp files and non-deterministic tests"),
    "fuzz": ("mpconform.fuzz_cmd", "differential fuzzing across targets, with reduced, classified divergences"),
    "report": ("mpconform.report_cmd", "compatibility reports (table, HTML, JUnit) from saved JSON results"),
    "bench": ("mpconform.bench_cmd", "time and memory of benchmark programs across targets, gated on a baseline"),
    "selfbench": ("mpconform.selfbench_cmd", "measurements of mpconform itself (harness overhead, fuzz rate, reference speed)"),
    "lib": ("mpconform.lib_cmd", "fetch micropython-lib modules (unittest) for the targets' module path"),
}


def _overview() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mpconform", epilog=EPILOG,
                                     description="Conformance suite and differential fuzzer for MicroPython-family "
                                                 "interpreters.", formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        sub.add_parser(name, help=help_text)
    parser.add_argument("--version", action="version", version=f"mpconform {_version()}")
    return parser


def _version() -> str:
    from mpconform import __version__

    return __version__


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS:
        parser = _overview()
        if not argv:
            parser.print_help()
            return EXIT_USAGE
        try:
            parser.parse_args(argv)
        except SystemExit as exc:
            return int(exc.code or 0)
        return EXIT_USAGE
    name = argv[0]
    module = importlib.import_module(COMMANDS[name][0])
    parser = argparse.ArgumentParser(prog=f"mpconform {name}", description=COMMANDS[name][1], epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    module.configure(parser)
    try:
        args = parser.parse_args(argv[1:])
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        with terminate_as_interrupt():
            return int(module.main(args) or 0)
    except KeyboardInterrupt:
        print("mpconform: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
