"""Expected output of a test: its `.exp` file, else CPython's output, computed once and cached on disk."""
from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from mpconform.runners import Outcome, Program, Status

from .discovery import TestCase

__all__ = ["Expected", "ExpectedError", "ExpectedOutputs", "default_cache_dir"]


class ExpectedError(Exception):
    """The expected output cannot be had: unreadable .exp, CPython timed out or crashed on the test."""


@dataclass(frozen=True)
class Expected:
    output: bytes
    source: str              # "exp" or "cpython"
    skip: bool = False       # CPython itself printed SKIP: nothing to compare against


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mpconform" / "expected"


class ExpectedOutputs:
    """Thread-safe: each test's expected output is computed at most once per process and cached on disk."""

    def __init__(self, run_oracle: Callable[[Program], Outcome], oracle_version: str, cache_dir: Path | None,
                 timeout: float = 10.0) -> None:
        self._run = run_oracle
        self._version = oracle_version
        self._cache = cache_dir
        self._timeout = timeout
        self._memo: dict[str, Expected | ExpectedError] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, test: TestCase, source: bytes, timeout: float | None = None,
            support: tuple[tuple[str, bytes], ...] = ()) -> Expected:
        """`timeout`: the test's own timeout; CPython gets at least that long, and never forever.
        `support`: helper modules the test imports; they are part of the cache key."""
        with self._guard:
            lock = self._locks.setdefault(test.id, threading.Lock())
        with lock:
            if test.id not in self._memo:
                try:
                    self._memo[test.id] = self._compute(test, source, max(timeout or 0, self._timeout), support)
                except ExpectedError as exc:
                    self._memo[test.id] = exc
            found = self._memo[test.id]
        if isinstance(found, ExpectedError):
            raise found
        return found

    def _compute(self, test: TestCase, source: bytes, timeout: float,
                 support: tuple[tuple[str, bytes], ...]) -> Expected:
        exp = test.exp_path
        if exp.exists():
            try:
                return Expected(exp.read_bytes().replace(b"\r\n", b"\n"), "exp")
            except OSError as exc:
                raise ExpectedError(f"{exp}: cannot read expected output: {exc.strerror}") from exc
        digest = hashlib.sha256(b"%s\0%s\0" % (self._version.encode(), test.id.encode()) + source)
        for name, data in support:
            digest.update(b"\0%s\0%d\0" % (name.encode(), len(data)) + data)
        key = digest.hexdigest()
        cached = self._load(key)
        if cached is not None:
            return cached
        out = self._run(Program(source=source, filename=test.path.name, directory=test.path.parent,
                                timeout=timeout))
        if out.status is Status.TIMEOUT:
            raise ExpectedError(f"{test.path}: CPython did not finish within {timeout:g}s computing the "
                                "expected output (add a .exp file, or fix the test)")
        if out.status is Status.CRASH:
            raise ExpectedError(f"{test.path}: CPython crashed computing the expected output ({out.note or out.exit_code})")
        if out.status is Status.INTERNAL:
            raise ExpectedError(f"{test.path}: the oracle failed computing the expected output ({out.note})")
        result = Expected(out.stdout.replace(b"\r\n", b"\n"), "cpython", skip=out.status is Status.SKIP)
        self._store(key, result)
        return result

    def _load(self, key: str) -> Expected | None:
        if self._cache is None:
            return None
        path = self._cache / key[:2] / key
        try:
            meta = json.loads(path.with_suffix(".json").read_text())
            return Expected(path.read_bytes(), "cpython", skip=bool(meta.get("skip")))
        except (OSError, ValueError):
            return None

    def _store(self, key: str, expected: Expected) -> None:
        if self._cache is None:
            return
        path = self._cache / key[:2] / key
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_bytes(expected.output)
            os.replace(tmp, path)
            path.with_suffix(".json").write_text(json.dumps({"skip": expected.skip, "oracle": self._version}))
        except OSError:
            pass  # a cache that cannot be written only costs time
