"""Several saved runs side by side: load result files and give every (file, target) its own column."""
from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mpconform.results import TestResult

from .json_report import read_json

__all__ = ["Run", "load_runs", "combine"]


@dataclass(frozen=True)
class Run:
    """One results file: where it came from, its results, target identities and metadata."""

    source: str
    results: tuple[TestResult, ...]
    targets: dict[str, dict] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)


def load_runs(paths: Iterable[str | Path]) -> list[Run]:
    """Read each results file (`ReportError` naming the first bad one)."""
    runs = []
    for p in paths:
        results, targets, meta = read_json(p)
        runs.append(Run(str(p), tuple(results), targets, meta))
    return runs


def _labels(runs: list[Run]) -> dict[tuple[int, str], str]:
    """A unique column label per (run index, target label).

    A label used by one run only is kept; when several runs share it (the unix port, measured at two
    versions), the version is appended, then the file name if that still collides, then a number.
    """
    pairs = []
    for i, run in enumerate(runs):
        seen = dict.fromkeys([*run.targets, *(r.target for r in run.results)])
        pairs.extend((i, label) for label in seen)
    # Columns of the same target sit side by side (unix 1.22, unix 1.29, then cpython …), files in order.
    first = {label: n for n, (_, label) in reversed(list(enumerate(pairs)))}
    pairs.sort(key=lambda p: (first[p[1]], p[0]))
    uses = Counter(label for _, label in pairs)
    out: dict[tuple[int, str], str] = {}
    for i, label in pairs:
        out[i, label] = label
    for attempt in ("version", "file", "number"):
        clashes = Counter(out.values())
        for (i, label), current in list(out.items()):
            if uses[label] < 2 or clashes[current] < 2:
                continue
            if attempt == "version":
                v = str(runs[i].targets.get(label, {}).get("version", "")).strip()
                out[i, label] = f"{label} {v}" if v else current
            elif attempt == "file":
                out[i, label] = f"{current} [{Path(runs[i].source).name}]"
            else:
                out[i, label] = f"{current} #{i + 1}"
    return out


def combine(runs: list[Run]) -> tuple[list[TestResult], dict[str, dict]]:
    """All results of `runs` with unique target labels, and each label's identity (plus `source` file).

    The returned `targets` dict is in column order: each target label at its first appearance, with all
    files' columns for it together, in the order the files were given.
    """
    labels = _labels(runs)
    results: list[TestResult] = []
    targets: dict[str, dict] = {}
    for (i, label), new in labels.items():
        targets[new] = {**runs[i].targets.get(label, {}), "source": runs[i].source}
    for i, run in enumerate(runs):  # results in file order: reports order columns by `targets`
        for r in run.results:
            new = labels[i, r.target]
            results.append(r if new == r.target else dataclasses.replace(r, target=new))
    return results, targets
