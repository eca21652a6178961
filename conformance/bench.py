"""Suite benchmark: harness overhead per test on each local target, and the engine against spawning.

Everything is measured in one run, side by side, and reported as medians and ratios:
- overhead: wall time of `runner.run` for a program that does almost nothing (`x = 1`), minus the time that
  program takes inside an already running interpreter (measured in-process for CPython; ~0 elsewhere);
- suite: the engine (fork workers, cached oracle) against what MicroPython's run-tests.py does per test
  (spawn `python3 test.py`, then spawn `micropython test.py`), with the verdicts of both compared.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tabulate import tabulate

from mpconform.options import add_target_option
from mpconform.runners import HarnessError, Program, make_runner, parse_target, runner_class
from mpconform.suitefacts import CATALOGUE_AREA

from .discovery import BUNDLED_SUITE, discover
from .engine import Engine, RunConfig

__all__ = ["main"]

_TINY = b"x = 1\n"


def _engine_per_test(target: str, count: int) -> float:
    """Seconds per trivial test through the whole engine (-j 1, warm oracle cache): what a suite run pays."""
    folder = Path(tempfile.mkdtemp(prefix="mpconform-bench-suite-"))
    cache = folder / "cache"
    try:
        area = folder / "suite" / "basics"
        area.mkdir(parents=True)
        for i in range(count):
            (area / f"t{i:04}.py").write_bytes(_TINY)
            (area / f"t{i:04}.py.exp").write_bytes(b"")
        tests = tuple(discover([folder / "suite"]))
        config = RunConfig(tests=tests, targets=(parse_target(target),), jobs=1, cache_dir=cache)
        Engine(RunConfig(tests=tests[:1], targets=config.targets, jobs=1, cache_dir=cache)).run()  # warm up
        start = time.perf_counter()
        Engine(config).run()
        return (time.perf_counter() - start) / count
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _overhead(target: str, rounds: int) -> dict | None:
    spec = parse_target(target)
    if runner_class(spec.name).availability(spec):
        return None
    try:
        runner = make_runner(spec)
    except HarnessError:
        return None
    try:
        runner.run(Program(_TINY))  # start the worker
        walls = []
        for _ in range(rounds):
            t = time.perf_counter()
            runner.run(Program(_TINY))
            walls.append(time.perf_counter() - t)
    finally:
        runner.close()
    inside = _in_process_cost() if spec.name == "cpython" else 0.0
    wall = statistics.median(walls)
    engine = _engine_per_test(target, rounds)
    return {"target": target, "runner.run ms (median)": wall * 1e3, "overhead ms": (wall - inside) * 1e3,
            "engine ms/test (mean)": engine * 1e3, "engine tests/s": 1 / engine}


def _in_process_cost() -> float:
    code = compile(_TINY, "x.py", "exec")
    times = []
    for _ in range(200):
        t = time.perf_counter()
        exec(code, {"__name__": "__main__"})
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _spawn_run(tests, micropython: str, timeout: float) -> tuple[float, dict[str, str]]:
    """run-tests.py's way: two fresh interpreters per test, outputs compared in the test's folder."""
    verdicts = {}
    start = time.perf_counter()
    for test in tests:
        exp = test.exp_path
        try:
            if exp.exists():
                want = exp.read_bytes()
            else:
                want = subprocess.run([sys.executable, "-B", test.path.name], cwd=test.path.parent, timeout=timeout,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout
            got = subprocess.run([micropython, test.path.name], cwd=test.path.parent, timeout=timeout,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout
        except subprocess.TimeoutExpired:
            verdicts[test.id] = "timeout"
            continue
        got = got.replace(b"\r\n", b"\n")
        verdicts[test.id] = "skip" if got == b"SKIP\n" else ("pass" if got == want.replace(b"\r\n", b"\n") else "fail")
    return time.perf_counter() - start, verdicts


def _engine_run(tests, target: str, jobs: int, timeout: float) -> tuple[float, dict[str, str]]:
    cache = Path(tempfile.mkdtemp(prefix="mpconform-bench-cache-"))
    try:
        config = RunConfig(tests=tuple(tests), targets=(parse_target(target),), jobs=jobs, timeout=timeout,
                           cache_dir=cache)
        start = time.perf_counter()
        report = Engine(config).run()
        took = time.perf_counter() - start
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return took, {r.test: r.verdict.value for r in report.results}


def _has_header(test) -> bool:
    from .metadata import HEADER_PREFIX

    return HEADER_PREFIX.encode() in test.path.read_bytes()


def _comparable(verdict: str) -> str:
    """Map engine verdicts onto run-tests' pass/fail/skip (xfail is a fail there; capability skips too)."""
    return {"xfail": "fail", "xpass": "pass", "crash": "fail", "error": "fail"}.get(verdict, verdict)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mpconform selfbench suite", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help=f"test tree for the suite part (default {BUNDLED_SUITE})")
    parser.add_argument("--rounds", type=int, default=300, help="programs per target for the overhead part")
    add_target_option(parser, "cpython, unix, ref and wasm, where available; for the overhead part")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N tests for the suite part")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="engine parallelism in the suite part (default 1: "
                                                                   "like for like with the sequential spawner)")
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args(argv)

    targets = [spec.text for spec in args.targets] if args.targets else ["cpython", "unix", "ref", "wasm"]
    rows = [r for r in (_overhead(t, args.rounds) for t in targets) if r]
    print(f"Harness cost per test: {args.rounds} runs of a trivial program (x = 1) through runner.run, and as many\n"
          "one-line tests through the whole engine (-j 1: discovery, .exp, judging, journal):")
    print(tabulate(rows, headers="keys", floatfmt=".2f"))

    micropython = shutil.which("micropython")
    if not micropython or runner_class("unix").availability(parse_target("unix")):
        print("\nsuite part skipped: no MicroPython unix port here")
        return 0
    tests = discover(args.paths or None)
    tests = [t for t in tests if t.area != CATALOGUE_AREA]
    if args.limit:
        tests = tests[: args.limit]
    engine_s, engine_v = _engine_run(tests, "unix", args.jobs, args.timeout)
    spawn_s, spawn_v = _spawn_run(tests, micropython, args.timeout)
    agree = sum(1 for t in spawn_v if _comparable(engine_v.get(t, "")) == spawn_v[t])
    differ = sorted(t for t in spawn_v if _comparable(engine_v.get(t, "")) != spawn_v[t])
    by_id = {t.id: t for t in tests}
    by_header = [t for t in differ if _has_header(by_id[t])]
    differ = [t for t in differ if t not in by_header]
    n = len(tests)
    print(f"\nSuite of {n} tests on the unix port ({micropython}), cold expected-output cache:")
    print(tabulate([
        ["mpconform engine (-j %d)" % args.jobs, engine_s, n / engine_s],
        ["spawn python3 + micropython per test", spawn_s, n / spawn_s],
    ], headers=["way", "seconds", "tests/s"], floatfmt=".2f"))
    print(f"speed-up: {spawn_s / engine_s:.1f}x; verdicts agree on {agree}/{len(spawn_v)} tests; "
          f"{len(by_header)} differ because the test's mpconform header says so (features probed absent -> skip, "
          f"negative=, messages=type-only), which a header-blind spawner ignores; {len(differ)} differ otherwise")
    for t in differ[:20]:
        print(f"  differs: {t}: engine {engine_v.get(t)} vs spawn {spawn_v[t]}")
    return 0
