"""Everything one report is made of: input files sorted by schema, runs as columns, each cell's result.

Inputs are dispatched on their `schema`: results files (`mpconform-results/1`) become runs; a later kind
of input (benchmark results) registers its schema in `OTHER_INPUTS` and is handed, parsed, to the report
sections in `ReportContext.documents`, so adding one needs no change here or in the sections that exist.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mpconform.results import TestResult
from mpconform.suitefacts import SuiteFacts

from ._text import test_key
from .baseline import Baseline
from .bench_json import BENCH_SCHEMA, load_bench
from .errors import ReportError, read_json_file
from .json_report import SCHEMA, load_results
from .runs import Run, check_distinct, columns, run_date
from .shards import merge_shards

__all__ = ["OTHER_INPUTS", "INPUT_CHECKS", "ColumnInfo", "ReportContext", "load_inputs", "build_context"]

#: Schemas of inputs other than results that some report section reads: schema → kind.
OTHER_INPUTS: dict[str, str] = {BENCH_SCHEMA: "bench"}     # benchmark results: section_bench
#: kind → its validator (document, path), raising ReportError naming the file: checked when loaded, so that a
#: malformed input is refused in one line like a malformed results file.
INPUT_CHECKS: dict[str, Callable[[Any, str | Path], object]] = {"bench": load_bench}


@dataclass(frozen=True)
class ColumnInfo:
    """One column: target `target` of run `run` (a results file), shown as `label`."""

    index: int
    label: str
    target: str
    run: int
    source: str
    version: str
    date: str
    identity: Mapping[str, Any]


@dataclass(frozen=True)
class ReportContext:
    """The report's inputs, arranged: what every section builds its part of the page from."""

    title: str
    runs: tuple[Run, ...]
    columns: tuple[ColumnInfo, ...]
    tests: tuple[str, ...]                                   # every test of any run, in suite order
    cells: Mapping[tuple[str, int], TestResult]              # (test, column index) → result
    documents: Mapping[str, tuple[tuple[str, Any], ...]] = field(default_factory=dict)  # kind → (path, doc)
    baseline: Baseline | None = None
    baseline_source: str = ""
    suite: SuiteFacts = SuiteFacts()                         # what the suite says (the caller reads it)

    @property
    def features(self) -> Mapping[str, tuple[str, ...]]:
        """test → the features its header declares."""
        return self.suite.features

    def results_of(self, column: int) -> list[TestResult]:
        """The results of one column, in suite order."""
        return [self.cells[t, column] for t in self.tests if (t, column) in self.cells]

    def meta_of(self, column: int) -> dict:
        return self.runs[self.columns[column].run].meta


def load_inputs(paths: Iterable[str | Path], problems: list[str] | None = None
                ) -> tuple[list[Run], dict[str, list[tuple[str, Any]]]]:
    """(runs, other documents by kind) from input files, the shards of a run merged into one; `ReportError`
    naming the first file that is unusable. A missing shard goes to `problems` when given (see merge_shards)."""
    runs: list[Run] = []
    documents: dict[str, list[tuple[str, Any]]] = {}
    for p in paths:
        doc = read_json_file(p, "results")
        schema = doc.get("schema") if isinstance(doc, dict) else None
        if schema in OTHER_INPUTS:
            kind = OTHER_INPUTS[schema]
            if kind in INPUT_CHECKS:
                INPUT_CHECKS[kind](doc, p)
            documents.setdefault(kind, []).append((str(p), doc))
            continue
        if schema != SCHEMA and isinstance(doc, dict) and schema is not None:
            known = ", ".join(repr(s) for s in (SCHEMA, *OTHER_INPUTS))
            raise ReportError(p, f"expected a file of schema {known}; got schema {schema!r}")
        results, targets, meta = load_results(doc, p)
        runs.append(Run(str(p), tuple(results), targets, meta))
    runs = merge_shards(runs, problems)
    check_distinct(runs)
    return runs, documents


def build_context(runs: list[Run], *, title: str = "mpconform compatibility report",
                  documents: Mapping[str, list[tuple[str, Any]]] | None = None,
                  baseline: Baseline | None = None, baseline_source: str = "",
                  suite: SuiteFacts = SuiteFacts()) -> ReportContext:
    """Arrange `runs` into columns and cells (column labels as `runs.columns` makes them); `suite` is what the
    tests' suite says about them (conformance.suite_info.suite_facts), empty when the caller has none."""
    infos = []
    for i, c in enumerate(columns(runs)):
        run = runs[c.run]
        infos.append(ColumnInfo(i, c.label, c.target, c.run, run.source, run.version(c.target), run_date(run.meta),
                                dict(run.targets.get(c.target, {}))))
    index = {(c.run, c.target): c.index for c in infos}
    cells: dict[tuple[str, int], TestResult] = {}
    for i, run in enumerate(runs):
        for r in run.results:
            cells[r.test, index[i, r.target]] = r
    tests = tuple(sorted({t for t, _ in cells}, key=test_key))
    docs = {k: tuple(v) for k, v in (documents or {}).items()}
    return ReportContext(title, tuple(runs), tuple(infos), tests, cells, docs, baseline, baseline_source, suite)
