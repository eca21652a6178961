"""The one error of the reports package: an input file (results, baseline) that cannot be used."""
from __future__ import annotations

from pathlib import Path

__all__ = ["ReportError"]


class ReportError(Exception):
    """A results or baseline file is missing, malformed, or of the wrong schema; `path` names it."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(message)
        self.path = str(path)
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"
