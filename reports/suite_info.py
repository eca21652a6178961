"""What a report knows about tests beyond their results: header features and the catalogue, read from the suite.

Results files name tests by id (`basics/int_pow.py`) and record where their suite was (`meta.suite`). This
module finds the scripts again, there or in the bundled suite, and reads their headers and the catalogue's
entries. It is the reports' one door into the conformance package, imported lazily, so that writing a
report from results made elsewhere never fails for a suite that is not on this machine: what cannot be
found is simply not shown.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CatalogueEntry", "suite_roots", "locate", "header_features", "feature_descriptions",
           "catalogue_entries"]


@dataclass(frozen=True)
class CatalogueEntry:
    """One documented difference from CPython, with the script that shows it."""

    id: str
    test: str                      # its test id in the suite: cpydiff/<id>.py
    categories: tuple[str, ...]
    description: str
    cause: str
    workaround: str
    source: str


def suite_roots(metas: Iterable[dict]) -> list[Path]:
    """Folders that may hold the tests of runs with metadata `metas`: each run's suite paths, then the bundled suite.

    A run given an area folder or a single file (`mpconform run suite/basics`) names tests relative to the
    suite root above it, so the parents are candidates too.
    """
    from mpconform.conformance.discovery import BUNDLED_SUITE

    roots: list[Path] = []
    for meta in metas:
        paths = meta.get("suite") or []
        for p in [paths] if isinstance(paths, str) else paths:
            path = Path(str(p))
            for candidate in (path, path.parent, path.parent.parent):
                if candidate.is_dir() and candidate not in roots:
                    roots.append(candidate)
    if BUNDLED_SUITE not in roots:
        roots.append(BUNDLED_SUITE)
    return roots


def locate(test: str, roots: Iterable[Path]) -> Path | None:
    """The script of test id `test` under the first root that has it, None when none does."""
    for root in roots:
        path = root / test
        if path.is_file():
            return path
    return None


def header_features(tests: Iterable[str], roots: list[Path]) -> dict[str, tuple[str, ...]]:
    """Each test's declared features (its `# mpconform: features=` header), () when none or unreadable.

    A header that does not parse is the run's business (it reported the test as an error), not the report's.
    """
    from mpconform.conformance.metadata import MetadataError, parse_header

    out: dict[str, tuple[str, ...]] = {}
    for test in tests:
        path = locate(test, roots)
        features: tuple[str, ...] = ()
        if path is not None:
            try:
                features = tuple(sorted(parse_header(path, path.read_bytes()).features))
            except (OSError, MetadataError, ValueError):
                features = ()
        out[test] = features
    return out


def feature_descriptions(names: Iterable[str]) -> dict[str, str]:
    """A short description of each feature name ('' for a name outside the vocabulary)."""
    from mpconform.conformance.features import probe_for

    out = {}
    for name in names:
        try:
            out[name] = probe_for(name).description
        except KeyError:
            out[name] = ""
    return out


def catalogue_entries(roots: list[Path], area: str = "cpydiff") -> tuple[list[CatalogueEntry], list[str]]:
    """(entries, problems): the catalogue of the first root that has one; malformed entries become problems."""
    from mpconform.conformance.catalogue import CatalogueError, parse_entry

    for root in roots:
        folder = root / area
        if not folder.is_dir():
            continue
        entries, problems = [], []
        for path in sorted(folder.glob("*.py")):
            try:
                source = path.read_text(encoding="utf-8")
                d = parse_entry(path, source)
            except (OSError, UnicodeDecodeError, CatalogueError) as exc:
                problems.append(str(exc) if isinstance(exc, CatalogueError) else f"{path}: {exc}")
                continue
            entries.append(CatalogueEntry(d.id, f"{area}/{path.name}", d.categories, d.description, d.cause,
                                          d.workaround, source))
        return entries, problems
    return [], []
