"""What a suite says about its tests beyond their results (declared features, the catalogue): values that the
suite produces (conformance.suite_info) and the reports read, so that neither imports the other."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["CATALOGUE_AREA", "CatalogueEntry", "SuiteFacts"]

#: The area of a suite that holds the known-differences catalogue (MicroPython's own name for it).
CATALOGUE_AREA = "cpydiff"


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


@dataclass(frozen=True)
class SuiteFacts:
    """The suite's side of a report; empty when the tests' scripts are not on this machine (nothing is shown)."""

    roots: tuple[Path, ...] = ()                                      # where the tests' scripts were found
    features: Mapping[str, tuple[str, ...]] = field(default_factory=dict)      # test → its header's features
    feature_descriptions: Mapping[str, str] = field(default_factory=dict)      # feature → one line
    catalogue: tuple[CatalogueEntry, ...] = ()
    catalogue_problems: tuple[str, ...] = ()                          # entries that do not parse, by file
