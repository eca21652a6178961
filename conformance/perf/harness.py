"""The program a target runs for a benchmark: a small prelude and driver around it, and the lines it prints back.

Everything is measured inside the target (`time.ticks_us`/`ticks_diff` on MicroPython, `time.perf_counter` on
CPython), so links and process start never count. The text is kept short and in the oldest dialect we run
(MicroPython 1.9.2 on the micro:bit: no f-strings), because a small board compiles it in the same few KB of
heap the benchmark then needs. The driver prints one line per fact, `@mpc KEY VALUE...`; `parse_report`
reads them back, and a program whose lines are missing or malformed is an error naming what was missing.

Modes:
- `time`: calibrate n (double it until one run takes at least the budget, or the cap, or a MemoryError),
  warm up, then time each repeat (a collection runs before each, untimed, so that one repeat does not pay
  for the garbage of the others).
- `memory`: one warm-up run, then the peak heap of one run: on MicroPython targets `gc.mem_alloc()` after
  `gc.collect()`, sampled at the checkpoints the benchmark marks (`mark()`) and at its end; on CPython the
  peak traced by tracemalloc (every allocation, no checkpoints needed). Reported as bytes above what was
  allocated before the run.
- `once`: run once at a given n and print the checksum (the oracle's expected value; heap bisection).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from mpconform.runners import Program

__all__ = ["Report", "ReportError", "build_program", "parse_report", "MEMORY_METHODS"]

_CLOCK = """import gc,time
try:
 _c=time.ticks_us;_d=time.ticks_diff
except AttributeError:
 _c=lambda:int(time.perf_counter()*1000000);_d=lambda a,b:a-b
def mark():pass
"""

# The drivers run at module level: a small board allows only a few call levels (the micro:bit's 1.9.2
# firmware about five), and each level the driver took would be one fewer for the benchmark.
_TIME = """
_n,_b,_cap,_w,_r=%d,%d,%d,%d,%d
_m=0
while _b:
 print('@mpc try',_n)
 gc.collect();_t=_c()
 try:bench(_n)
 except MemoryError:
  if not _m:raise
  _n=_m;break
 _t=_d(_c(),_t)
 if _t>=_b or _n*2>_cap:break
 _m=_n;_n*=2
print('@mpc n',_n)
gc.collect()
for _i in range(_w):_s=bench(_n)
print('@mpc sum',_s)
for _i in range(_r):
 gc.collect();_t=_c();bench(_n);_t=_d(_c(),_t);print('@mpc t',_t)
"""

_MEMORY_GC = """
_p=[0]
def mark():
 gc.collect();a=gc.mem_alloc()
 if a>_p[0]:_p[0]=a
_n=%d
print('@mpc n',_n);bench(_n)
gc.collect();_b=gc.mem_alloc();_p[0]=_b
_s=bench(_n);mark()
print('@mpc sum',_s);print('@mpc mem',_p[0]-_b)
"""

_MEMORY_TRACEMALLOC = """
import tracemalloc
_n=%d
print('@mpc n',_n);bench(_n)
gc.collect();tracemalloc.start();_b=tracemalloc.get_traced_memory()[0]
_s=bench(_n);_p=tracemalloc.get_traced_memory()[1];tracemalloc.stop()
print('@mpc sum',_s);print('@mpc mem',_p-_b)
"""

_ONCE = """
print('@mpc n',%d);print('@mpc sum',bench(%d))
"""

#: how each target's peak heap is measured, by the memory prelude it gets
MEMORY_METHODS = {
    "gc": "gc.mem_alloc() after gc.collect() at the benchmark's checkpoints",
    "tracemalloc": "tracemalloc's peak (every allocation)",
}


def build_program(source: bytes, filename: str, mode: str, *, n: int, timeout: float, budget_us: int = 0,
                  cap: int = 0, warmup: int = 1, repeats: int = 1, memory: str = "gc") -> Program:
    """The program that runs benchmark `source` in `mode` ('time', 'memory' or 'once')."""
    if mode == "time":
        driver = _TIME % (n, budget_us, max(cap, n), max(1, warmup), max(1, repeats))
    elif mode == "memory":
        driver = (_MEMORY_TRACEMALLOC if memory == "tracemalloc" else _MEMORY_GC) % n
    elif mode == "once":
        driver = _ONCE % (n, n)
    else:
        raise ValueError(f"unknown harness mode {mode!r}")
    # The benchmark's own text stays byte for byte (its line numbers shift by the prelude's: tracebacks
    # name the program file, which is the benchmark's).
    text = _CLOCK.encode() + source.rstrip(b"\n") + b"\n" + driver.encode()
    return Program(source=text, filename=filename, timeout=timeout)


class ReportError(ValueError):
    """The target's output lacks what the driver prints, or has it malformed."""


@dataclass(frozen=True)
class Report:
    """What one harness program printed: the size it settled on, the checksum, times (µs), peak heap (bytes)."""

    n: int | None = None
    tried: tuple[int, ...] = ()
    checksum: str | None = None
    times_us: tuple[int, ...] = ()
    memory: int | None = None
    other: str = ""                  # the benchmark's own output, if it printed any


_LINE = re.compile(r"^@mpc (try|n|sum|t|mem) ?(.*)$")


def parse_report(stdout: bytes) -> Report:
    """Read the `@mpc` lines back; other lines are the benchmark's own output, kept apart."""
    n = checksum = memory = None
    tried: list[int] = []
    times: list[int] = []
    other: list[str] = []
    for line in stdout.decode("utf-8", "replace").replace("\r", "").split("\n"):
        m = _LINE.match(line)
        if not m:
            if line.strip():
                other.append(line)
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "sum":
            checksum = value
            continue
        if not re.fullmatch(r"-?\d+", value):
            raise ReportError(f"the harness line '@mpc {key}' should hold a whole number, got {value[:40]!r}")
        number = int(value)
        if key == "try":
            tried.append(number)
        elif key == "n":
            n = number
        elif key == "t":
            times.append(number)
        else:
            memory = number
    return Report(n, tuple(tried), checksum, tuple(times), memory, "\n".join(other))
