"""Benchmark results as a versioned JSON document, the conventions of results files (json_report.py) kept.

Layout (`"schema": "mpconform-bench/1"`)::

    {
      "schema": "mpconform-bench/1",
      "meta":    {"benchmarks": [...], "command": [...], "started": ..., "finished": ..., "budget": 0.05,
                  "repeats": 5, "load": [1.2, 0.9, 0.7], "mpconform_version": ...},
      "targets": {"unix": {"implementation": "micropython", "version": "1.29.0", "platform": "linux",
                           "memory_method": "gc", "memory_described": "...", "free_heap": ...}, ...},
      "results": [{"bench": "sieve", "target": "unix", "status": "ok", "n": 160000,
                   "times": [0.0381, 0.0379, ...], "checksum": "...", "memory": 160256, "memory_method": "gc",
                   "min_heap": 5632, "heap_n": 1000, "reason": "", "host_probe": 0.0042}, ...]
    }

Times are seconds per repeat as the target's own clock measured them; memory figures are bytes. Fields equal
to their default are left out, and restored on reading.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from mpconform.benchresults import BenchResult, BenchStatus

from ._text import atomic_write
from .errors import ReportError, read_json_file
from .json_report import _default_meta, _identity_dict, check_record, document_parts

__all__ = ["BENCH_SCHEMA", "dump_bench", "write_bench", "load_bench", "read_bench"]

BENCH_SCHEMA = "mpconform-bench/1"

_FIELDS = {f.name: f for f in dataclasses.fields(BenchResult)}
_DEFAULTS = {n: f.default for n, f in _FIELDS.items() if f.default is not dataclasses.MISSING}
_TYPES: dict[str, tuple[type, ...]] = {
    "bench": (str,), "target": (str,), "status": (str,), "n": (int,), "times": (list,), "checksum": (str,),
    "memory": (int, type(None)), "memory_method": (str,), "min_heap": (int, type(None)), "heap_n": (int,),
    "reason": (str,), "host_probe": (float, int, type(None)),
}


def dump_bench(results: Iterable[BenchResult], targets: Mapping[str, Any] | None = None,
               meta: Mapping[str, Any] | None = None) -> dict:
    """The JSON document (as Python data) for benchmark results, target identities and run metadata."""
    records = []
    for r in results:
        d = r.to_json()
        records.append({k: v for k, v in d.items()
                        if k not in _DEFAULTS or v != (list(_DEFAULTS[k]) if k == "times" else _DEFAULTS[k])})
    return {"schema": BENCH_SCHEMA, "meta": {**_default_meta(), **dict(meta or {})},
            "targets": {str(k): _identity_dict(v) for k, v in (targets or {}).items()}, "results": records}


def write_bench(path: str | Path, results: Iterable[BenchResult], targets: Mapping[str, Any] | None = None,
                meta: Mapping[str, Any] | None = None) -> None:
    """Write benchmark results to `path` atomically."""
    atomic_write(path, json.dumps(dump_bench(results, targets, meta), indent=1, ensure_ascii=True, default=str) + "\n",
                 "ascii")


def _check(path: str | Path, i: int, rec: Any) -> BenchResult:
    check_record(path, i, rec, _TYPES, ("bench", "target", "status"), "status", BenchStatus)
    if not all(isinstance(t, (int, float)) and not isinstance(t, bool) and t >= 0 for t in rec.get("times", [])):
        raise ReportError(path, f"results[{i}].times: expected a list of non-negative seconds")
    return BenchResult.from_json({**_DEFAULTS, **rec})


def load_bench(doc: Any, path: str | Path = "<data>") -> tuple[list[BenchResult], dict[str, dict], dict]:
    """(results, targets, meta) from a parsed document, validated; errors name `path`."""
    if not isinstance(doc, dict) or doc.get("schema") != BENCH_SCHEMA:
        got = doc.get("schema") if isinstance(doc, dict) else type(doc).__name__
        raise ReportError(path, f"expected a benchmark results file (schema {BENCH_SCHEMA!r}), got {got!r}")
    results, targets, meta = document_parts(doc, path)
    return [_check(path, i, rec) for i, rec in enumerate(results)], targets, meta


def read_bench(path: str | Path) -> tuple[list[BenchResult], dict[str, dict], dict]:
    """Read a benchmark results file (also what `--baseline` reads); ReportError naming it if unusable."""
    return load_bench(read_json_file(path, "benchmark results"), path)
