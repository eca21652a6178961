"""How fast this host is right now: a fixed loop timed around each benchmark run, so the gate can tell a
busy machine from a slow build."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import TypeVar

__all__ = ["host_probe", "probed"]

T = TypeVar("T")

#: Iterations of the probe loop: about 10 ms of CPython on a current PC, longer than the head start the
#: scheduler gives a process that wakes from sleep on a busy machine, short beside a benchmark's budget.
_LOOP = 150_000


def host_probe(rounds: int = 3) -> float:
    """Seconds (median of `rounds`) this process takes for one fixed piece of pure-Python work, by the wall
    clock: on a machine whose cores are shared with other jobs (another test worker, a neighbour VM's steal,
    a sibling hyper-thread) it takes longer, as a target's program run at that moment does."""
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        acc = 0
        for i in range(_LOOP):
            acc = (acc + i * i) % 1_000_003
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def probed(measure: Callable[[], T]) -> tuple[T, float]:
    """`measure()`'s result and the host's probe time around it (the median of probes just before and just
    after: a load that starts or stops midway counts half)."""
    before = host_probe()
    result = measure()
    after = host_probe()
    return result, round((before + after) / 2, 7)
