"""`mpconform selfbench NAME`: measurements of mpconform itself (harness overhead, fuzz rate, the reference
against CPython), each side by side in one run, printed as medians and ratios. (`mpconform bench` measures
the targets: benchmark programs.)"""
from __future__ import annotations

import argparse
import importlib

__all__ = ["configure", "main", "BENCHMARKS"]

#: benchmark → (module with main(argv) -> int, what it measures)
BENCHMARKS: dict[str, tuple[str, str]] = {
    "suite": ("mpconform.conformance.bench", "per-test harness overhead and tests/s of each local target; engine vs spawning"),
    "interpreter": ("mpconform.interpreter.bench", "reference interpreter time relative to CPython and the unix port"),
    "device": ("mpconform.runners.bench_device", "scripts/s on the emulated micro:bit: mpconform vs mpremote"),
    "fuzz": ("mpconform.fuzz.bench", "end-to-end fuzzing programs/s across ref, cpython, unix; share spent generating"),
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", choices=sorted(BENCHMARKS), help="; ".join(f"{k}: {v[1]}" for k, v in BENCHMARKS.items()))
    parser.add_argument("rest", nargs=argparse.REMAINDER, help="arguments for that benchmark (see NAME --help)")


def main(args: argparse.Namespace) -> int:
    module = importlib.import_module(BENCHMARKS[args.name][0])
    return int(module.main(list(args.rest)) or 0)
