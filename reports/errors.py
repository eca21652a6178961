"""The one error of the reports package: an input file (results, baseline) that cannot be used."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["ReportError", "read_json_file"]


class ReportError(Exception):
    """A results or baseline file is missing, malformed, or of the wrong schema; `path` names it."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(message)
        self.path = str(path)
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def read_json_file(path: str | Path, kind: str) -> Any:
    """Parse a JSON input file (`kind`: "results", "baseline"); ReportError naming it if it cannot be."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise ReportError(path, f"cannot read {kind} file: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise ReportError(path, f"not a {kind} file: not UTF-8 text (byte {e.start})") from e
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        # A run killed while a file was copied leaves it cut short: say so rather than "Expecting ','".
        ends = e.pos >= len(text.rstrip()) or e.msg.startswith("Unterminated string")
        cut = " (the file ends early: truncated?)" if text.strip() and ends else ""
        raise ReportError(path, f"not valid JSON at line {e.lineno} column {e.colno}: {e.msg}{cut}") from e
