"""Several saved runs side by side: load result files, reject duplicates, give every (file, target) a column."""
from __future__ import annotations

import dataclasses
import datetime as _dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mpconform.results import TestResult

from .errors import ReportError
from .json_report import read_json
from .shards import merge_shards

__all__ = ["Run", "Column", "load_runs", "check_distinct", "columns", "combine", "run_date"]


@dataclass(frozen=True)
class Run:
    """One results file: where it came from, its results, target identities and metadata."""

    source: str
    results: tuple[TestResult, ...]
    targets: dict[str, dict] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    def labels(self) -> list[str]:
        """The file's target labels: those with an identity first, then any only its results name."""
        return list(dict.fromkeys([*self.targets, *(r.target for r in self.results)]))

    def version(self, label: str) -> str:
        """The version target `label` reported in this run, '' when unknown."""
        return str(self.targets.get(label, {}).get("version", "")).strip()


@dataclass(frozen=True)
class Column:
    """One column of a report: target `target` of `runs[run]`, shown as `label` (unique across the report)."""

    label: str
    target: str
    run: int


def run_date(meta: dict) -> str:
    """The day a run started (`YYYY-MM-DD`, UTC) from its metadata, '' when it does not say.

    `mpconform run` writes `started` as seconds since the epoch; an ISO timestamp is accepted too.
    """
    started = meta.get("started")
    if isinstance(started, (int, float)) and not isinstance(started, bool):
        try:
            return _dt.datetime.fromtimestamp(started, _dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return ""
    if isinstance(started, str):
        try:
            return _dt.date.fromisoformat(started[:10]).isoformat()
        except ValueError:
            return ""
    return ""


def load_runs(paths: Iterable[str | Path]) -> list[Run]:
    """Read each results file, the shards of a run merged into one (reports.shards); `ReportError` naming the
    first bad one (see `check_distinct`)."""
    runs = []
    for p in paths:
        results, targets, meta = read_json(p)
        runs.append(Run(str(p), tuple(results), targets, meta))
    runs = merge_shards(runs)
    check_distinct(runs)
    return runs


def check_distinct(runs: Iterable[Run]) -> None:
    """`ReportError` naming the file when two runs hold the same target at the same version on the same day.

    That is one measurement given twice, or two that no column header could tell apart. Runs of one
    version on different days are a trend and are kept.
    """
    seen: dict[tuple[str, str, str], str] = {}
    for run in runs:
        day = run_date(run.meta)
        for label in run.labels():
            key = (label, run.version(label), day)
            if key in seen and seen[key] == run.source:
                raise ReportError(run.source, "this results file is given twice")
            if key in seen:
                what = f"version {key[1]}" if key[1] else "no version"
                when = f"run on {day}" if day else "no run date"
                raise ReportError(run.source, f"target {label!r} ({what}, {when}) is also in {seen[key]}; give "
                                              "each target and version once (runs of one version on different "
                                              "days are a trend)")
            seen[key] = run.source


def columns(runs: list[Run]) -> list[Column]:
    """A column per (run, target label), unique labels, columns of one target side by side in file order.

    A label used by one run only is kept; when several runs share it (the unix port measured at two
    versions), the version is appended, then the run's day, then the file name if that still collides,
    then a number.
    """
    pairs = [(i, label) for i, run in enumerate(runs) for label in run.labels()]
    first = {label: n for n, (_, label) in reversed(list(enumerate(pairs)))}
    pairs.sort(key=lambda p: (first[p[1]], p[0]))
    uses = Counter(label for _, label in pairs)
    out: dict[tuple[int, str], str] = {pair: pair[1] for pair in pairs}
    for attempt in ("version", "date", "file", "number"):
        clashes = Counter(out.values())
        for (i, label), current in list(out.items()):
            if uses[label] < 2 or clashes[current] < 2:
                continue
            extra = {"version": lambda: runs[i].version(label), "date": lambda: run_date(runs[i].meta),
                     "file": lambda: f"[{Path(runs[i].source).name}]", "number": lambda: f"#{i + 1}"}[attempt]()
            out[i, label] = f"{current} {extra}" if extra else current
    return [Column(new, label, i) for (i, label), new in out.items()]


def combine(runs: list[Run]) -> tuple[list[TestResult], dict[str, dict]]:
    """All results of `runs` with unique target labels, and each label's identity (plus `source` file).

    The returned `targets` dict is in column order: each target label at its first appearance, with all
    files' columns for it together, in the order the files were given.
    """
    cols = columns(runs)
    labels = {(c.run, c.target): c.label for c in cols}
    targets = {c.label: {**runs[c.run].targets.get(c.target, {}), "source": runs[c.run].source} for c in cols}
    results: list[TestResult] = []
    for i, run in enumerate(runs):  # results in file order: reports order columns by `targets`
        for r in run.results:
            new = labels[i, r.target]
            results.append(r if new == r.target else dataclasses.replace(r, target=new))
    return results, targets
