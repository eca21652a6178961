"""Suite benchmark: harness overhead per test on each local target, and the engine against spawning.

Everything is measured in one run, side by side, and reported as medians and ratios:
- overhead: wall time of `runner.run` for a program that does almost nothing (`x = 1`), minus the time that
  program takes inside an already running interpreter (measured in-process for CPython; ~0 elsewhere);
- suite: for a MicroPython-layout tree, the engine on the unix port, on a cold expected-output cache (the
  oracle's work counted) and on the warm cache that run left, against what MicroPython's run-tests.py does
  per test (spawn `micropython -X emit=bytecode test.py` in its folder, then, unless it skipped or its unittest
  summary decides, read its .exp or spawn `python3 -BS test.py`), with as many tests at once as the engine
  (-j, default the core count, as run-tests.py's), and the verdicts of both compared.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tabulate import tabulate

from mpconform.options import add_target_option
from mpconform.runners import HarnessError, Program, make_runner, parse_target, runner_class
from mpconform.suitefacts import CATALOGUE_AREA

from .config import Settings
from .discovery import BUNDLED_SUITE, TestCase, discover
from .libfetch import library_path
from .engine import Engine, RunConfig
from .upstream_output import ANY_LINES, cpython_cannot_compile, is_special, match_special, unittest_summary

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


def _spawner(test, micropython: str, python: str, env: dict, timeout: float) -> str:
    """One test as run-tests.py runs it: `micropython -X emit=bytecode test.py` in the test's folder; then, unless
    it printed SKIP or its unittest summary decides, its .exp or `python3 -BS test.py` (spawned), compared."""
    def spawn(argv: list[str]) -> tuple[bytes, int]:
        done = subprocess.run(argv, cwd=test.path.parent, timeout=timeout, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT)
        return done.stdout.replace(b"\r\n", b"\n"), done.returncode

    try:
        got, code = spawn([micropython, "-X", "emit=bytecode", str(test.path)])
        if got == b"SKIP\n":
            return "skip"
        summary = unittest_summary(got)
        if summary is not None:
            return "pass" if summary.passed and code == 0 else ("error" if summary.missing else "fail")
        if code != 0:
            got += b"CRASH"
        if test.exp_path.exists():
            want = test.exp_path.read_bytes().replace(b"\r\n", b"\n")
            if is_special(test.id) or b"\n" + ANY_LINES + b"\n" in b"\n" + want:
                got = match_special(want, got)
        else:
            want, code = spawn([python, "-BS", str(test.path)])
            if code != 0:
                if cpython_cannot_compile(want, "SyntaxError" if b"SyntaxError" in want else None):
                    return "skip"
                want = b"CPYTHON3 CRASH"
    except subprocess.TimeoutExpired:
        return "timeout"
    return "pass" if got == want else "fail"


class _Clock:
    """Wall seconds and CPU seconds (this process and the children it reaped) of a `with` block: on a shared
    machine the CPU time says more than the wall time about the work done."""

    def __enter__(self) -> "_Clock":
        self._wall, self._cpu = time.perf_counter(), _cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self._wall, _cpu() - self._cpu


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _spawn_run(tests, micropython: str, jobs: int, timeout: float,
               library: tuple[Path, ...]) -> tuple[_Clock, dict[str, str]]:
    """run-tests.py's way, on as many threads as the engine has jobs: fresh interpreters per test. It runs tests
    in their folders, where io tests append to and remove data files: on a copy of the tree (made untimed)."""
    env = dict(os.environ, MICROPYPATH=":".join([".frozen", *map(str, library)]))
    scratch = Path(tempfile.mkdtemp(prefix="mpconform-bench-tree-"))
    try:
        copies = {}
        for k, root in enumerate(sorted({t.root for t in tests})):
            copies[root] = scratch / str(k)
            shutil.copytree(root, copies[root], symlinks=True)
        copied = [TestCase(t.id, copies[t.root] / t.id, copies[t.root]) for t in tests]
        with _Clock() as clock:
            with ThreadPoolExecutor(max_workers=jobs) as pool:
                verdicts = dict(zip([t.id for t in copied], pool.map(
                    lambda t: _spawner(t, micropython, sys.executable, env, timeout), copied)))
        return clock, verdicts
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _engine_runs(tests, target: str, jobs: int, timeout: float,
                 library: tuple[Path, ...]) -> tuple[_Clock, _Clock, dict[str, str]]:
    """A run on a cold expected-output cache, then the same run on the cache it left (warm)."""
    cache = Path(tempfile.mkdtemp(prefix="mpconform-bench-cache-"))
    times = []
    try:
        for _ in range(2):
            config = RunConfig(tests=tuple(tests), targets=(parse_target(target),), jobs=jobs, timeout=timeout,
                               cache_dir=cache, library=library)
            with _Clock() as clock:
                report = Engine(config).run()
            times.append(clock)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return times[0], times[1], {r.test: r.verdict.value for r in report.results}


def _row(way: _Clock, spawn: _Clock, n: int) -> list[float]:
    return [way.wall, n / way.wall, spawn.wall / way.wall, way.cpu, spawn.cpu / way.cpu]


def _spawnable(spec) -> str | None:
    """The executable run-tests.py would be given for this unix target (the pip package's `micropython`
    script, not a shim in front of it), or None."""
    if spec.arg:
        return shutil.which(spec.arg) or spec.arg
    script = Path(sysconfig.get_path("scripts")) / "micropython"
    return str(script) if script.is_file() else shutil.which("micropython")


def _has_header(test) -> bool:
    from .metadata import HEADER_PREFIX

    return HEADER_PREFIX.encode() in test.path.read_bytes()


def _comparable(verdict: str) -> str:
    """Map engine verdicts onto run-tests' pass/fail/skip (xfail is a fail there; capability skips too)."""
    return {"xfail": "fail", "xpass": "pass", "crash": "fail"}.get(verdict, verdict)


def _load() -> str:
    return "load average %.2f %.2f %.2f" % os.getloadavg()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mpconform selfbench suite", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help=f"test tree for the suite part (default {BUNDLED_SUITE})")
    parser.add_argument("--rounds", type=int, default=300, help="programs per target for the overhead part")
    add_target_option(parser, "cpython, unix, ref and wasm, where available; for the overhead part")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N tests for the suite part")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                        help="parallel tests in the suite part, for the engine and the spawner alike (default: the "
                             "core count, as run-tests.py's)")
    parser.add_argument("--unix", type=parse_target, default=None, metavar="TARGET",
                        help="the unix target of the suite part (default unix: the pip package's micropython)")
    parser.add_argument("--lib", type=Path, action="append", default=[], metavar="DIR",
                        help="library folder on both ways' module path (as `mpconform run --lib`)")
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--suite-only", action="store_true", help="measure the suite part only")
    args = parser.parse_args(argv)

    if not args.suite_only:
        targets = [spec.text for spec in args.targets] if args.targets else ["cpython", "unix", "ref", "wasm"]
        rows = [r for r in (_overhead(t, args.rounds) for t in targets) if r]
        print(f"Harness cost per test: {args.rounds} runs of a trivial program (x = 1) through runner.run, and as "
              "many\none-line tests through the whole engine (-j 1: discovery, .exp, judging, journal):")
        print(tabulate(rows, headers="keys", floatfmt=".2f"))

    unix = args.unix or parse_target("unix")
    micropython = _spawnable(unix)
    if not micropython or runner_class("unix").availability(unix):
        print("\nsuite part skipped: no MicroPython unix port here")
        return 0
    tests = discover(args.paths or None)
    tests = [t for t in tests if t.area != CATALOGUE_AREA]
    if args.limit:
        tests = tests[: args.limit]
    library = library_path(args.lib, Settings(), {t.root for t in tests})
    jobs = max(1, args.jobs)
    print(f"\nSuite of {len(tests)} tests on {unix.text} ({micropython}), -j {jobs} for both ways; {_load()}")
    cold, warm, engine_v = _engine_runs(tests, unix.text, jobs, args.timeout, library)
    spawn, spawn_v = _spawn_run(tests, micropython, jobs, args.timeout, library)
    agree = sum(1 for t in spawn_v if _comparable(engine_v.get(t, "")) == spawn_v[t])
    differ = sorted(t for t in spawn_v if _comparable(engine_v.get(t, "")) != spawn_v[t])
    by_id = {t.id: t for t in tests}
    by_header = [t for t in differ if _has_header(by_id[t])]
    differ = [t for t in differ if t not in by_header]
    n = len(tests)
    print(tabulate([
        ["mpconform, cold expected-output cache (the oracle runs)", *_row(cold, spawn, n)],
        ["mpconform, warm cache (the oracle's outputs cached)", *_row(warm, spawn, n)],
        ["run-tests.py's way: spawn micropython (+ python3 -BS) per test", *_row(spawn, spawn, n)],
    ], headers=["way", "seconds", "tests/s", "speed-up", "CPU seconds", "CPU ratio"], floatfmt=".2f"))
    print(f"The oracle's share of the cold run (what the warm cache saves): {max(0.0, 1 - warm.wall / cold.wall):.0%}")
    print(f"{_load()}; verdicts agree on {agree}/{len(spawn_v)} tests; {len(by_header)} differ because the test's "
          "mpconform header says so (features probed absent -> skip, negative=, messages=type-only), which a "
          f"header-blind spawner ignores; {len(differ)} differ otherwise")
    for t in differ[:20]:
        print(f"  differs: {t}: engine {engine_v.get(t)} vs spawn {spawn_v[t]}")
    return 0
