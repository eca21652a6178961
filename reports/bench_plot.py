"""The benchmark plot (SVG, drawn by matplotlib): time relative to one target, and heap figures, per benchmark.

Written by `mpconform bench --plot` and embedded in the HTML report's Benchmarks tab. matplotlib is an optional
dependency (the `bench` extra): without it, `PlotUnavailable` says how to get it.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from mpconform.benchresults import BenchResult

from ._text import atomic_write, target_order
from .bench_table import bench_order, per_unit

__all__ = ["PlotUnavailable", "render_svg", "write_plot"]


class PlotUnavailable(RuntimeError):
    """matplotlib is not installed."""


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        raise PlotUnavailable("plotting needs matplotlib: pip install 'mpconform[bench]'") from None
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return matplotlib, plt


def render_svg(results: Sequence[BenchResult], targets: Sequence[str] | None = None,
               relative_to: str | None = None) -> str:
    """Panels with one bar per target and benchmark: time per unit of n relative to `relative_to` (log
    scale, bars drawn from 1), the peak heap of one run, and the minimum heap where it was bisected."""
    matplotlib, plt = _pyplot()
    order = target_order(results, targets)
    ref = relative_to if relative_to in order else (order[0] if order else "")
    benches = bench_order(results)
    grid = {(r.bench, r.target): r for r in results}
    panels = [("time", f"time per unit of n / {ref}")] if len(order) > 1 else []
    if any(r.memory for r in results):
        panels.append(("memory", "peak heap of one run (bytes)"))
    if any(r.min_heap for r in results):
        panels.append(("min_heap", "minimum heap (bytes)"))
    if not panels:
        panels.append(("time", f"time per unit of n / {ref}"))
    width = 0.8 / max(1, len(order))
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "mpconform", "font.size": 9}):
        fig, axes = plt.subplots(len(panels), 1, figsize=(max(6.0, 0.6 * len(benches) + 2), 2.6 * len(panels) + 1),
                                 sharex=True, squeeze=False)
        for (metric, label), ax in zip(panels, axes[:, 0]):
            for i, target in enumerate(order):
                xs = [j + (i - (len(order) - 1) / 2) * width for j in range(len(benches))]
                values = [_value(metric, grid.get((b, target)), grid.get((b, ref))) for b in benches]
                if metric == "time":
                    ax.bar(xs, [v - 1 if v else 0.0 for v in values], width, bottom=1.0, label=target)
                else:
                    ax.bar(xs, [v or 0.0 for v in values], width, label=target)
            ax.set_yscale("log")
            ax.set_ylabel(label)
            if metric == "time":
                ax.axhline(1.0, color="#555", linewidth=0.8)
        axes[0, 0].legend(loc="best", ncols=min(4, max(1, len(order))), frameon=False)
        axes[-1, 0].set_xticks(range(len(benches)), benches, rotation=40, ha="right")
        fig.tight_layout()
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata={"Date": None, "Creator": "mpconform"})
        plt.close(fig)
    return out.getvalue()


def _value(metric: str, r: BenchResult | None, base: BenchResult | None) -> float | None:
    if metric == "time":
        mine, theirs = per_unit(r), per_unit(base)
        return mine / theirs if mine is not None and theirs else None
    figure = None if r is None else getattr(r, metric)
    return float(figure) if figure else None


def write_plot(path: str | Path, results: Sequence[BenchResult], targets: Sequence[str] | None = None,
               relative_to: str | None = None) -> None:
    atomic_write(path, render_svg(results, targets, relative_to))
