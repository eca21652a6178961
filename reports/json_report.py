"""Results as a versioned JSON document: write it after a run, read it back for reports and comparisons.

Layout (`"schema": "mpconform-results/1"`)::

    {
      "schema": "mpconform-results/1",
      "meta":    {"suite": ..., "argv": [...], "started": ..., "finished": ..., "mpconform_version": ...},
      "targets": {"unix": {"implementation": "micropython", "version": "1.29.0", "platform": "linux",
                           "machine": "..."}, ...},
      "results": [{"test": "basics/int_abs.py", "target": "unix", "verdict": "pass", "duration": 0.001,
                   "reason": "", "expected": ..., "actual": ..., "diff": ..., "board": "", "retried": false},
                  ...]
    }

Each result holds every field of `mpconform.results.TestResult`; fields equal to their default are left
out to keep files small, and restored on reading, so a round trip is lossless. Output that was not valid
UTF-8 reaches us as lone surrogates (`surrogateescape`); JSON's `\\udcXX` escapes carry them both ways.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from mpconform.results import TestResult, Verdict

from ._text import atomic_write
from .errors import ReportError, read_json_file

__all__ = ["SCHEMA", "write_json", "read_json", "dump_results", "load_results", "document_parts", "check_record"]

SCHEMA = "mpconform-results/1"

_FIELDS = {f.name: f for f in dataclasses.fields(TestResult)}
_DEFAULTS = {n: f.default for n, f in _FIELDS.items() if f.default is not dataclasses.MISSING}
_TYPES: dict[str, tuple[type, ...]] = {
    "test": (str,), "target": (str,), "verdict": (str,), "duration": (int, float), "reason": (str,),
    "expected": (str, type(None)), "actual": (str, type(None)), "diff": (str,), "board": (str,),
    "retried": (bool,),
}


def _identity_dict(identity: Any) -> dict:
    """A target identity as a plain dict: accepts a dict or a dataclass such as runners.outcome.Identity."""
    if dataclasses.is_dataclass(identity) and not isinstance(identity, type):
        d = dataclasses.asdict(identity)
        if "extra" in d:  # tuple of pairs → object, readable in the file
            d["extra"] = {str(k): str(v) for k, v in d["extra"]}
        return d
    if isinstance(identity, Mapping):
        return dict(identity)
    raise TypeError(f"target identity: expected a dict or a dataclass, got {type(identity).__name__}")


def _default_meta() -> dict:
    try:
        from importlib.metadata import version
        v = version("mpconform")
    except Exception:  # not installed as a distribution: fall back to the package attribute
        import mpconform
        v = getattr(mpconform, "__version__", "unknown")
    return {"mpconform_version": v}


def dump_results(results: Iterable[TestResult], targets: Mapping[str, Any] | None = None,
                 meta: Mapping[str, Any] | None = None) -> dict:
    """The JSON document (as Python data) for `results`, target identities and run metadata."""
    records = []
    for r in results:
        d = r.to_json()
        records.append({k: v for k, v in d.items() if k not in _DEFAULTS or v != _DEFAULTS[k]})
    return {
        "schema": SCHEMA,
        "meta": {**_default_meta(), **dict(meta or {})},
        "targets": {str(label): _identity_dict(ident) for label, ident in (targets or {}).items()},
        "results": records,
    }


def write_json(path: str | Path, results: Iterable[TestResult], targets: Mapping[str, Any] | None = None,
               meta: Mapping[str, Any] | None = None) -> None:
    """Write results to `path` atomically (a temp file renamed over it: a killed run leaves no half file).

    `targets` maps each target label to its identity (a dict, or a `runners.outcome.Identity`); `meta`
    is free-form run metadata (suite path, argv, started/finished ISO timestamps); the mpconform version
    is added when absent.
    """
    doc = dump_results(results, targets, meta)
    # ensure_ascii: lone surrogates (undecodable target output) cannot be encoded as UTF-8 text.
    text = json.dumps(doc, indent=1, ensure_ascii=True, default=str) + "\n"
    atomic_write(path, text, "ascii")


def check_record(path: str | Path, i: int, rec: Any, types: dict[str, tuple[type, ...]], required: tuple[str, ...],
                 enum_key: str, enum: type) -> None:
    """ReportError naming `path` and `results[i]` unless `rec` is an object with the `required` keys, each
    key of `types` of one of its types (a bool is never a number), and `enum_key` a value of `enum`."""
    where = f"results[{i}]"
    if not isinstance(rec, dict):
        raise ReportError(path, f"{where}: expected an object, got {type(rec).__name__}")
    for key in required:
        if key not in rec:
            raise ReportError(path, f"{where}: missing required key {key!r}")
    for key, value in rec.items():
        if key in types and (not isinstance(value, types[key]) or (isinstance(value, bool) and bool not in types[key])):
            want = " or ".join("null" if t is type(None) else t.__name__ for t in types[key])
            raise ReportError(path, f"{where}.{key}: expected {want}, got {json.dumps(value)[:60]}")
    try:
        enum(rec[enum_key])
    except ValueError:
        allowed = ", ".join(v.value for v in enum)
        raise ReportError(path, f"{where}.{enum_key}: expected one of {allowed}; got {rec[enum_key]!r}") from None


def _check_result(path: str | Path, i: int, rec: Any) -> TestResult:
    check_record(path, i, rec, _TYPES, ("test", "target", "verdict"), "verdict", Verdict)
    return TestResult.from_json({**_DEFAULTS, **rec})


def load_results(doc: Any, path: str | Path = "<data>") -> tuple[list[TestResult], dict[str, dict], dict]:
    """(results, targets, meta) from a parsed JSON document, validated; errors name `path`."""
    if not isinstance(doc, dict):
        raise ReportError(path, f"expected a JSON object with \"schema\": {SCHEMA!r}, got {type(doc).__name__}")
    schema = doc.get("schema")
    if schema != SCHEMA:
        raise ReportError(path, f"expected schema {SCHEMA!r}, got {schema!r}"
                          + (" (is this a baseline file?)" if schema is None else ""))
    results, targets, meta = document_parts(doc, path)
    return [_check_result(path, i, rec) for i, rec in enumerate(results)], targets, meta


def document_parts(doc: dict, path: str | Path) -> tuple[list, dict[str, dict], dict]:
    """The `results` list, `targets` and `meta` objects of a results-like document, their types checked."""
    results = doc.get("results")
    if not isinstance(results, list):
        raise ReportError(path, f"\"results\": expected a list, got {type(results).__name__}")
    targets = doc.get("targets", {})
    if not isinstance(targets, dict) or not all(isinstance(v, dict) for v in targets.values()):
        raise ReportError(path, "\"targets\": expected an object mapping each target label to an identity object")
    meta = doc.get("meta", {})
    if not isinstance(meta, dict):
        raise ReportError(path, f"\"meta\": expected an object, got {type(meta).__name__}")
    return results, targets, meta


def read_json(path: str | Path) -> tuple[list[TestResult], dict[str, dict], dict]:
    """Read a results file written by `write_json`: (results, targets, meta).

    Raises `ReportError` naming the file when it is missing, not JSON, or not of schema
    `mpconform-results/1`.
    """
    return load_results(read_json_file(path, "results"), path)
