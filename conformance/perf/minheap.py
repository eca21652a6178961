"""The minimum heap a program still runs in, by bisection of a target's `heapsize=` option.

A probe runs the program on a runner started with `heapsize=H` (a fresh process: the heap is fixed at start
on the unix port and the reference) and says whether it ran to its end with the right answer. Doubling from a
first guess finds a heap that fits; halving the gap to the largest that did not finds the smallest that
fits, to within `resolution` (a fraction of it) or `floor` bytes, whichever is larger. A program that fails
at every heap up to `cap` for a reason other than memory is reported as such, not as a heap figure.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from mpconform.runners import Program, TargetSpec
from mpconform.runners.pool import Pool

__all__ = ["HeapSearch", "Probe", "bisect_heap", "heap_spec", "probe_with_pool"]

#: Probe(heap) -> (fits, why it did not): fits is True, False (too little memory), or None (failed otherwise)
Probe = Callable[[int], "tuple[bool | None, str]"]


@dataclass(frozen=True)
class HeapSearch:
    """The bisection's answer: the smallest heap that ran (None if none did), and what the probes said."""

    min_heap: int | None
    probes: int
    note: str = ""


def bisect_heap(probe: Probe, *, start: int = 16 * 1024, cap: int = 256 * 1024 * 1024, resolution: float = 0.01,
                floor: int = 64) -> HeapSearch:
    """Smallest heap in [1, cap] for which `probe` says it fits, assuming more heap never hurts."""
    probes = 0
    lo, hi = 0, start
    last_why = ""
    while True:
        fits, why = probe(hi)
        probes += 1
        if fits:
            break
        last_why = why
        if fits is None and hi >= start * 16:
            # failing for another reason than memory even with plenty: not a heap question
            return HeapSearch(None, probes, f"fails with any heap tried up to {hi} bytes: {why}")
        lo = hi
        if hi >= cap:
            return HeapSearch(None, probes, f"does not run with {cap} bytes of heap: {why}")
        hi = min(hi * 4, cap)
    while hi - lo > max(floor, int(hi * resolution)):
        mid = (lo + hi) // 2
        fits, why = probe(mid)
        probes += 1
        if fits:
            hi = mid
        else:
            lo = mid
            last_why = why
    return HeapSearch(hi, probes, f"{lo} bytes were too few: {last_why}" if lo and last_why else "")


def heap_spec(spec: TargetSpec, heap: int) -> TargetSpec:
    """`spec` with its heapsize option set to `heap` bytes, as one instance under a label of its own."""
    options = tuple((k, v) for k, v in spec.options if k not in ("heapsize", "label")) + (("heapsize", str(heap)),)
    base = spec.text.split("*")[0].split(",")[0] if spec.text else spec.name
    text = ",".join([base, *(f"{k}={v}" for k, v in options)])
    return dataclasses.replace(spec, options=options, count=1, text=text)


def probe_with_pool(spec: TargetSpec, program: Program, judge: Callable[..., "tuple[bool | None, str]"]) -> Probe:
    """A Probe running `program` on `spec` at each heap size, each on its own runner (closed after the probe);
    `judge(outcome)` says whether the run fits."""
    def probe(heap: int) -> tuple[bool | None, str]:
        sized = heap_spec(spec, heap)
        with Pool([sized]) as pool, pool.runner(sized.label) as runner:
            return judge(runner.run(program))
    return probe
