"""What the suite says about the tests of saved results (header features, the catalogue), for the reports.

Results files name tests by id (`basics/int_pow.py`) and record where their suite was (`meta.suite`). This
module finds the scripts again, there or in the bundled suite, and reads their headers and the catalogue's
entries, so that a report from results made elsewhere never fails for a suite that is not on this machine:
what cannot be found is simply not shown.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from mpconform.suitefacts import CATALOGUE_AREA, CatalogueEntry, SuiteFacts

from .catalogue import CatalogueError, parse_entry
from .discovery import BUNDLED_SUITE
from .features import FEATURES, probe_for
from .metadata import MetadataError, parse_header

__all__ = ["suite_facts", "suite_roots", "locate", "header_features", "feature_descriptions", "catalogue_entries"]


def suite_facts(metas: Iterable[dict], tests: Iterable[str]) -> SuiteFacts:
    """Everything the suite says about `tests` of runs with metadata `metas`."""
    roots = suite_roots(metas)
    features = header_features(tests, roots)
    named = set(FEATURES) | {f for fs in features.values() for f in fs}
    entries, problems = catalogue_entries(roots, CATALOGUE_AREA)
    return SuiteFacts(tuple(roots), features, feature_descriptions(named), tuple(entries), tuple(problems))


def suite_roots(metas: Iterable[dict]) -> list[Path]:
    """Folders that may hold the tests of runs with metadata `metas`: each run's suite paths, then the bundled suite.

    A run given an area folder or a single file (`mpconform run suite/basics`) names tests relative to the
    suite root above it, so the parents are candidates too.
    """
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
    out = {}
    for name in names:
        try:
            out[name] = probe_for(name).description
        except KeyError:
            out[name] = ""
    return out


def catalogue_entries(roots: list[Path], area: str = CATALOGUE_AREA) -> tuple[list[CatalogueEntry], list[str]]:
    """(entries, problems): the catalogue of the first root that has one; malformed entries become problems."""
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
