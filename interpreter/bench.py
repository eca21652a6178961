"""Benchmark: the reference interpreter vs CPython vs the unix port on compute-bound programs, in one run."""
from __future__ import annotations

__all__ = ["PROGRAMS", "main"]

import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PROGRAMS: dict[str, str] = {
    "fib": """
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(22))
""",
    "loops": """
t = 0
for i in range(300):
    for j in range(300):
        t += i * j % 7
print(t)
""",
    "strings": """
parts = []
for i in range(20000):
    parts.append(str(i) + ",")
s = "".join(parts)
n = 0
for ch in s[:40000]:
    if ch == "7":
        n += 1
print(len(s), n, s.count("99"))
""",
    "sort": """
x = 12345
data = []
for i in range(20000):
    x = (x * 1103515245 + 12345) % 2147483648
    data.append(x)
data.sort()
b = sorted(data, key=lambda v: -v)
print(data[0], b[0], len(data))
""",
    "dict": """
d = {}
for i in range(30000):
    d[i % 1000] = d.get(i % 1000, 0) + i
    if i % 3 == 0:
        d.pop((i * 7) % 1000, None)
print(len(d), sum(d.values()))
""",
    "bigint": """
a, b = 0, 1
for i in range(3000):
    a, b = b, a + b
f = 1
for i in range(1, 600):
    f *= i
print(a % 1000007, f % 1000007, len(str(f)))
""",
    "float": """
s = 0.0
for i in range(1, 40000):
    x = i * 0.001
    s += x ** 0.5 * (x - x * x * x / 6.0) / (1.0 + x * x)
print(round(s, 6))
""",
    "methods": """
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
for i in range(15000):
    v = v.add(w)
    t += v.dot(w)
print(v.x, v.y, t)
""",
    "generators": """
def gen(n):
    for i in range(n):
        if i % 3:
            yield i * 2
def pipeline(n):
    return sum(x for x in gen(n) if x % 5)
print(pipeline(60000))
""",
}


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


def _time_harness(cmd: list[str], harness: str, path: str, repeat: int) -> float | None:
    """Time a program inside the target itself (excludes process start-up)."""
    best = None
    for _ in range(repeat):
        r = subprocess.run(cmd + [harness, path], capture_output=True, timeout=600, text=True)
        times = [line for line in r.stderr.splitlines() if line.startswith("TIME ")]
        if r.returncode != 0 or not times:
            return None
        dt = float(times[-1].split()[1])
        best = dt if best is None else min(best, dt)
    return best


def _time_ref(path: str, repeat: int) -> float | None:
    from .cli import run_program
    best = None
    for _ in range(repeat):
        out = io.StringIO()
        t0 = time.perf_counter()
        rc = run_program(path=path, stdout=out, stderr=out)
        dt = time.perf_counter() - t0
        if rc != 0:
            sys.stderr.write(out.getvalue())
            return None
        best = dt if best is None else min(best, dt)
    return best


def main(argv: list[str] | None = None) -> int:
    """Run every program on ref, CPython and the unix port; print times, ratios and the median ratio."""
    argv = list(argv or [])
    repeat = 3 if "--quick" not in argv else 1
    mp = shutil.which("micropython")
    with tempfile.TemporaryDirectory() as d:
        cpy_h = os.path.join(d, "cpy_harness.py")
        mp_h = os.path.join(d, "mp_harness.py")
        with open(cpy_h, "w") as fh:
            fh.write(_CPY_HARNESS)
        with open(mp_h, "w") as fh:
            fh.write(_MP_HARNESS)
        warm = os.path.join(d, "warm.py")
        with open(warm, "w") as fh:
            fh.write("print(1)\n")
        _time_ref(warm, 1)   # imports the interpreter's modules outside the timings
        rows = []
        for name, src in PROGRAMS.items():
            path = os.path.join(d, f"{name}.py")
            with open(path, "w") as fh:
                fh.write(src)
            t_ref = _time_ref(path, repeat)
            t_cpy = _time_harness([sys.executable, "-I", "-B"], cpy_h, path, repeat)
            t_mp = _time_harness([mp], mp_h, path, repeat) if mp else None
            rows.append((name, t_ref, t_cpy, t_mp))
    print(f"{'program':<12}{'ref s':>9}{'cpython s':>11}{'unix s':>9}{'ref/cpy':>9}{'ref/unix':>10}")
    ratios = []
    for name, t_ref, t_cpy, t_mp in rows:
        r1 = t_ref / t_cpy if t_ref and t_cpy else None
        r2 = t_ref / t_mp if t_ref and t_mp else None
        if r1:
            ratios.append(r1)
        fmt = lambda v, w, p=3: f"{v:>{w}.{p}f}" if v is not None else f"{'-':>{w}}"  # noqa: E731
        print(f"{name:<12}{fmt(t_ref, 9)}{fmt(t_cpy, 11)}{fmt(t_mp, 9)}{fmt(r1, 9, 1)}{fmt(r2, 10, 1)}")
    if not ratios:
        print("no ratio could be measured")
        return 1
    print(f"median ref/cpython ratio: {statistics.median(ratios):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
