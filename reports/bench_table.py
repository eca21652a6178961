"""Console tables of benchmark results: time per target with ratios, memory per target, minimum heaps.

Sizes are calibrated per target (a slow target runs a smaller n), so ratios compare time per unit of n:
a benchmark's n is its amount of work (docs/bench-format.md asks for twice n to cost twice the time).
Cells of benchmarks that did not run say why in one word (skip, needs-heap, wrong, ...).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from mpconform.benchresults import BenchResult, BenchStatus

from ._text import natural_key, target_order
from .table import Rows, render

__all__ = ["time_table", "memory_table", "heap_table", "time_rows", "memory_rows", "heap_rows", "format_seconds", "format_bytes", "per_unit",
           "bench_order", "problem_lines"]


def format_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds >= 1:
        return f"{seconds:.3g} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds * 1e6:.3g} µs"


def format_bytes(n: int | None) -> str:
    if n is None:
        return "-"
    return f"{n / 1024:.1f} KiB" if n >= 10 * 1024 else f"{n} B"


def per_unit(r: BenchResult | None) -> float | None:
    """Median seconds per unit of n, the figure ratios compare."""
    if r is None or r.status is not BenchStatus.OK or not r.times or not r.n:
        return None
    return (r.median or 0.0) / r.n


def bench_order(results: Iterable[BenchResult]) -> list[str]:
    return sorted({r.bench for r in results}, key=natural_key)


def _grid(results: Iterable[BenchResult]) -> dict[tuple[str, str], BenchResult]:
    return {(r.bench, r.target): r for r in results}


def _not_ok(r: BenchResult | None) -> str | None:
    if r is None:
        return "-"
    return None if r.status is BenchStatus.OK else r.status.value


def time_table(results: Sequence[BenchResult], targets: Sequence[str] | None = None, relative_to: str | None = None,
               fmt: str = "simple") -> str:
    """`time_rows`, rendered in `fmt`."""
    return render(*time_rows(results, targets, relative_to), fmt)


def time_rows(results: Sequence[BenchResult], targets: Sequence[str] | None = None,
              relative_to: str | None = None) -> Rows:
    """Median time (± median absolute deviation) and size per target; each other target's time per unit
    of n relative to `relative_to` (default: the first target)."""
    order = target_order(results, targets)
    ref = relative_to if relative_to in order else (order[0] if order else None)
    grid = _grid(results)
    others = [t for t in order if t != ref]
    headers = ["benchmark", *[f"{t}" for t in order], *[f"{t}/{ref}" for t in others]]
    rows = []
    for bench in bench_order(results):
        row: list[object] = [bench]
        for t in order:
            r = grid.get((bench, t))
            why = _not_ok(r)
            if why:
                row.append(why)
                continue
            spread = f" ±{r.spread * 100:.0f}%" if r.spread is not None else ""
            row.append(f"{format_seconds(r.median)}{spread} n={r.n}")
        base = per_unit(grid.get((bench, ref))) if ref else None
        for t in others:
            mine = per_unit(grid.get((bench, t)))
            row.append(f"{mine / base:.2f}" if mine is not None and base else "-")
        rows.append(row)
    return headers, rows


def memory_table(results: Sequence[BenchResult], targets: Sequence[str] | None = None,
                 target_info: Mapping[str, Mapping] | None = None, fmt: str = "simple") -> str:
    """`memory_rows` rendered in `fmt`, and a line saying how each target's peak was measured."""
    headers, rows = memory_rows(results, targets)
    order = headers[1:]
    methods = [f"{t}: {(target_info or {}).get(t, {}).get('memory_described') or _method(results, t)}" for t in order]
    return render(headers, rows, fmt) + ("\npeak heap measured by " + "; ".join(methods) if methods else "")


def memory_rows(results: Sequence[BenchResult], targets: Sequence[str] | None = None) -> Rows:
    """Peak heap of one run per target (bytes above what was allocated before it)."""
    order = [t for t in target_order(results, targets) if any(r.target == t and r.memory is not None for r in results)]
    grid = _grid(results)
    headers = ["benchmark", *order]
    rows = []
    for bench in bench_order(results):
        row: list[object] = [bench]
        for t in order:
            r = grid.get((bench, t))
            row.append(_not_ok(r) or format_bytes(r.memory))
        rows.append(row)
    return headers, rows


def _method(results: Iterable[BenchResult], target: str) -> str:
    return next((r.memory_method for r in results if r.target == target and r.memory_method), "?")


def heap_table(results: Sequence[BenchResult], targets: Sequence[str] | None = None,
               target_info: Mapping[str, Mapping] | None = None, relative_to: str | None = None,
               fmt: str = "simple") -> str:
    """`heap_rows` rendered in `fmt` ('' when no target has a minimum heap or is a small board)."""
    headers, rows = heap_rows(results, targets, target_info, relative_to)
    return render(headers, rows, fmt) if headers else ""


def heap_rows(results: Sequence[BenchResult], targets: Sequence[str] | None = None,
              target_info: Mapping[str, Mapping] | None = None, relative_to: str | None = None) -> Rows:
    """The minimum heap each benchmark still ran in, per target that takes a heap size, and each one's ratio
    to `relative_to`'s (the unix port, where it is one of them); plus, for each small board (a target whose
    free heap made it run the small sizes), whether the benchmark fits in its real heap."""
    order = target_order(results, targets)
    sized = [t for t in order if any(r.target == t and r.min_heap is not None for r in results)]
    boards = [t for t in order if (target_info or {}).get(t, {}).get("small") and t not in sized]
    if not sized and not boards:
        return [], []
    ref = relative_to if relative_to in sized else ("unix" if "unix" in sized else (sized or [None])[0])
    grid = _grid(results)
    others = [t for t in sized if t != ref]
    headers = ["benchmark", "n", *[f"{t} min heap" for t in sized], *[f"{t}/{ref}" for t in others],
               *[f"{t} (n)" for t in boards]]
    rows = []
    for bench in bench_order(results):
        heap_n = next((grid[bench, t].heap_n for t in sized if (bench, t) in grid and grid[bench, t].heap_n), 0)
        row: list[object] = [bench, heap_n or "-"]
        for t in sized:
            r = grid.get((bench, t))
            row.append(r.min_heap if r is not None and r.min_heap is not None else (_not_ok(r) or "-"))
        base = grid.get((bench, ref))
        for t in others:
            r = grid.get((bench, t))
            ok = base is not None and r is not None and base.min_heap and r.min_heap is not None
            row.append(f"{r.min_heap / base.min_heap:.2f}" if ok else "-")
        for t in boards:
            row.append(_fits(grid.get((bench, t))))
        rows.append(row)
    return headers, rows


def _fits(r: BenchResult | None) -> str:
    if r is None:
        return "-"
    if r.status is BenchStatus.OK:
        return f"fits ({r.n})"
    if r.status is BenchStatus.NEEDS_HEAP:
        return "does not fit"
    if r.status is BenchStatus.NEEDS_STACK:
        return "too deep"
    return r.status.value


def problem_lines(results: Iterable[BenchResult]) -> list[str]:
    """One line per benchmark that the harness or the program failed on (limits and skips are not problems)."""
    return [f"{r.bench} on {r.target}: {r.status.value}: {r.reason}" for r in results if r.status.is_bad]
