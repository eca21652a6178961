"""Benchmark: the reference interpreter vs CPython vs the unix port on compute-bound programs, in one run."""
from __future__ import annotations

__all__ = ["PROGRAMS", "main", "program_source"]

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# name -> (program reading N, N): sizes chosen so that each program runs >= 0.3 s on CPython 3.11 here
PROGRAMS: dict[str, tuple[str, int]] = {
    "fib": ("""
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
t = 0
for r in range(N):
    t += fib(20)
print(t)
""", 520),
    "loops": ("""
t = 0
for i in range(N):
    for j in range(300):
        t += i * j % 7
print(t)
""", 16000),
    "strings": ("""
n = 0
total = 0
for r in range(N):
    parts = []
    for i in range(2000):
        parts.append(str(i) + ",")
    s = "".join(parts)
    for ch in s[:2000]:
        if ch == "7":
            n += 1
    total += len(s.upper().replace("9", "nine").split(","))
print(n, total, s.count("99"))
""", 1000),
    "sort": ("""
x = 12345
total = 0
for r in range(N):
    data = []
    for i in range(5000):
        x = (x * 1103515245 + 12345) % 2147483648
        data.append(x)
    b = sorted(data, key=lambda v: -v)
    data.sort()
    total += data[0] + b[0]
print(total)
""", 175),
    "dict": ("""
d = {}
for i in range(N):
    k = i % 1000
    d[k] = d.get(k, 0) + i
    if i % 3 == 0:
        d.pop((i * 7) % 1000, None)
print(len(d), sum(d.values()))
""", 1800000),
    "bigint": ("""
t = 0
for r in range(N):
    a, b = 0, 1
    for i in range(3000):
        a, b = b, a + b
    f = 1
    for i in range(1, 600):
        f *= i
    t += a % 1000007 + f % 1000007
print(t)
""", 1000),
    "float": ("""
s = 0.0
for i in range(1, N):
    x = i * 0.001
    s += x ** 0.5 * (x - x * x * x / 6.0) / (1.0 + x * x)
print(round(s, 3))
""", 1600000),
    "methods": ("""
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
v = Vec(0, 0)
w = Vec(1, 2)
t = 0
for i in range(N):
    v = v.add(w)
    t += v.dot(w)
print(v.x, v.y, t)
""", 1200000),
    "generators": ("""
def gen(n):
    for i in range(n):
        if i % 3:
            yield i * 2
def pipeline(n):
    return sum(x for x in gen(n) if x % 5)
print(pipeline(N))
""", 6000000),
}


def program_source(name: str, scale: float = 1.0) -> str:
    """The program `name` with its size N (scaled, at least 1) bound on the first line."""
    src, n = PROGRAMS[name]
    return f"N = {max(1, int(n * scale))}\n" + src


# each target times the program inside itself, so process start-up is not counted
_CPY_HARNESS = """
import sys, time
src = open(sys.argv[1]).read()
t = time.perf_counter()
exec(compile(src, sys.argv[1], "exec"), {"__name__": "__main__"})
sys.stderr.write("TIME %f\\n" % (time.perf_counter() - t))
"""
_MP_HARNESS = """
import sys, time
src = open(sys.argv[1]).read()
t = time.ticks_us()
exec(src, {"__name__": "__main__"})
sys.stderr.write("TIME %f\\n" % (time.ticks_diff(time.ticks_us(), t) / 1e6))
"""
# the unix port's default heap is too small for the string program; a board-sized heap is not the point here
_MP_HEAP = "64M"


def _time_harness(cmd: list[str], harness: str, path: str) -> tuple[float | None, str]:
    """(seconds, output) of one run of a program under a target's own clock; None and the error if it failed."""
    try:
        r = subprocess.run(cmd + [harness, path], capture_output=True, timeout=900, text=True)
    except subprocess.TimeoutExpired:
        return None, "timed out"
    times = [line for line in r.stderr.splitlines() if line.startswith("TIME ")]
    if r.returncode != 0 or not times:
        return None, (r.stderr.strip().splitlines() or ["exit %d" % r.returncode])[-1]
    return float(times[-1].split()[1]), r.stdout


def _time_ref(path: str) -> tuple[float | None, str]:
    """One run of the reference, in this process (its modules are imported once, outside the timings)."""
    from .cli import run_program
    out = io.StringIO()
    t0 = time.perf_counter()
    rc = run_program(path=path, stdout=out, stderr=out)
    dt = time.perf_counter() - t0
    if rc != 0:
        return None, (out.getvalue().strip().splitlines() or ["exit %d" % rc])[-1]
    return dt, out.getvalue()


def _fmt(v: float | None, width: int, prec: int = 3) -> str:
    return f"{v:>{width}.{prec}f}" if v is not None else f"{'-':>{width}}"


def main(argv: list[str] | None = None) -> int:
    """Run every program on ref, CPython and the unix port in interleaved rounds; print medians and ratios."""
    ap = argparse.ArgumentParser(prog="mpconform selfbench interpreter", description=main.__doc__)
    ap.add_argument("--rounds", type=int, default=3, help="rounds per program and target; medians are shown")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every program size (0.05 for a smoke run)")
    ap.add_argument("--quick", action="store_true", help="one round at scale 0.1")
    ap.add_argument("-k", dest="only", default="", help="only programs whose name contains this")
    args = ap.parse_args(argv or [])
    if args.quick:
        args.rounds, args.scale = 1, 0.1
    mp = shutil.which("micropython")
    names = [n for n in PROGRAMS if args.only in n]
    times: dict[tuple[str, str], list[float]] = {}
    failed: dict[tuple[str, str], str] = {}
    with tempfile.TemporaryDirectory() as d:
        cpy_h, mp_h, warm = (os.path.join(d, f) for f in ("cpy_harness.py", "mp_harness.py", "warm.py"))
        for path, text in ((cpy_h, _CPY_HARNESS), (mp_h, _MP_HARNESS), (warm, "print(1)\n")):
            with open(path, "w") as fh:
                fh.write(text)
        _time_ref(warm)
        runners = {"ref": _time_ref,
                   "cpython": lambda p: _time_harness([sys.executable, "-I", "-B"], cpy_h, p)}
        if mp:
            runners["unix"] = lambda p: _time_harness([mp, "-X", f"heapsize={_MP_HEAP}"], mp_h, p)
        for rnd in range(args.rounds):
            for name in names:
                path = os.path.join(d, f"{name}.py")
                with open(path, "w") as fh:
                    fh.write(program_source(name, args.scale))
                outputs = {}
                for target, run in runners.items():
                    if (name, target) in failed:
                        continue
                    dt, out = run(path)
                    if dt is None:
                        failed[(name, target)] = out
                        continue
                    times.setdefault((name, target), []).append(dt)
                    outputs[target] = out
                if len(set(outputs.values())) > 1:
                    # a benchmark whose targets disagree measures nothing comparable: say so
                    failed[(name, "output")] = "outputs differ: " + "; ".join(
                        f"{t}={o.strip()[:40]!r}" for t, o in outputs.items())
                sys.stderr.write(f"round {rnd + 1}/{args.rounds} {name} done\n")
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"{args.rounds} round(s), scale {args.scale}; seconds are medians of the rounds")
    print(f"{'program':<12}{'ref s':>9}{'cpython s':>11}{'unix s':>9}{'ref/cpy':>9}{'ref/unix':>10}{'unix/cpy':>10}")
    r_cpy, r_unix, u_cpy = [], [], []
    for name in names:
        t_ref, t_cpy, t_mp = (med.get((name, t)) for t in ("ref", "cpython", "unix"))
        r1 = t_ref / t_cpy if t_ref and t_cpy else None
        r2 = t_ref / t_mp if t_ref and t_mp else None
        r3 = t_mp / t_cpy if t_mp and t_cpy else None
        for acc, r in ((r_cpy, r1), (r_unix, r2), (u_cpy, r3)):
            if r:
                acc.append(r)
        print(f"{name:<12}{_fmt(t_ref, 9)}{_fmt(t_cpy, 11)}{_fmt(t_mp, 9)}{_fmt(r1, 9, 1)}{_fmt(r2, 10, 1)}"
              f"{_fmt(r3, 10, 2)}")
    for (name, target), why in sorted(failed.items()):
        print(f"  {name} on {target}: {why}")
    if not r_cpy:
        print("no ratio could be measured")
        return 1
    print(f"median ref/cpython: {statistics.median(r_cpy):.1f}x" +
          (f"   median ref/unix: {statistics.median(r_unix):.1f}x" if r_unix else "") +
          (f"   median unix/cpython: {statistics.median(u_cpy):.2f}x" if u_cpy else ""))
    return 1 if any(t == "ref" or t == "output" for _, t in failed) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
