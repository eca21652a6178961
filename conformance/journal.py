"""An append-only JSON-lines journal of results, so a killed run can `--resume` without losing any."""
from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from mpconform.results import TestResult

__all__ = ["Journal", "JournalError"]


class JournalError(ValueError):
    """A journal that belongs to a different run configuration, or cannot be written."""


class Journal:
    """First line: the run's key (suite, targets, options); then one result per line, flushed at once."""

    def __init__(self, path: Path, run_key: dict, *, resume: bool) -> None:
        self.path = path
        self._lock = threading.Lock()
        self.previous: dict[tuple[str, str], TestResult] = {}
        path.parent.mkdir(parents=True, exist_ok=True)
        if resume and path.exists():
            self._read(run_key)
            self._fh = open(path, "a", encoding="utf-8")
        else:
            self._fh = open(path, "w", encoding="utf-8")
            self._fh.write(json.dumps({"journal": "mpconform/1", "run": run_key}) + "\n")
            self._fh.flush()

    def _read(self, run_key: dict) -> None:
        with open(self.path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().split("\n")
        try:
            head = json.loads(lines[0])
        except (ValueError, IndexError):
            raise JournalError(f"{self.path}: not an mpconform journal (first line is not its header)") from None
        if head.get("run") != run_key:
            raise JournalError(f"{self.path}: journal is from a different run (suite, targets or options differ); "
                               "run without --resume to start afresh")
        for line in lines[1:]:
            if not line.strip():
                continue
            try:
                result = TestResult.from_json(json.loads(line))
            except (ValueError, TypeError, KeyError):
                continue  # a line cut short when the run was killed: that test simply runs again
            self.previous[(result.test, result.target)] = result
        # A torn last line would glue onto the next record: end the file on a line boundary.
        with open(self.path, "rb+") as fh:
            fh.seek(0, os.SEEK_END)
            if fh.tell() and (fh.seek(-1, os.SEEK_END) or fh.read(1) != b"\n"):
                fh.write(b"\n")

    def record(self, result: TestResult) -> None:
        line = json.dumps(result.to_json()) + "\n"
        with self._lock:
            # flush, not fsync: a killed or crashed harness loses nothing the kernel has; fsync per result
            # would cost milliseconds per test and only guards against the machine itself going down.
            self._fh.write(line)
            self._fh.flush()

    def close(self) -> None:
        with self._lock:
            if not self._fh.closed:
                self._fh.close()
