"""Expected output of a test: its `.exp` file, else CPython's output, computed once and cached on disk.

CPython's outputs for several tests are computed in one batch (one forked child runs them in turn, each with
fresh interpreter state): such an output is *provisional* until a target agrees with it, or until it is
computed again alone; only then is it written to the cache. A batch therefore never leaves a wrong expected
output behind, whatever one program of it did to the interpreter the next one ran in.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from mpconform.runners import HarnessError, Outcome, Program, Status

from .discovery import TestCase
from .upstream_output import ANY_LINES, cpython_cannot_compile, is_special

__all__ = ["Expected", "ExpectedError", "ExpectedOutputs", "Need", "default_cache_dir"]


class ExpectedError(Exception):
    """The expected output cannot be had: unreadable .exp, CPython timed out or crashed on the test."""


@dataclass(frozen=True)
class Expected:
    output: bytes
    source: str              # "exp" or "cpython"
    skip: bool = False       # nothing to compare against: CPython printed SKIP, or could not compile the test
    why: str = ""            # the reason for skip, when it is not CPython's SKIP
    patterns: bool = False   # an .exp of run-tests.py's special tests: its lines are patterns, ######## any lines
    provisional: bool = False  # computed in a batch and not yet confirmed (not cached)


@dataclass(frozen=True)
class Need:
    """What computing one test's expected output takes."""

    test: TestCase
    source: bytes
    timeout: float | None = None
    support: tuple[tuple[str, bytes], ...] = ()


#: Runs programs on the oracle, all in one batch where it can: an Outcome, or the harness error, per program.
RunOracle = Callable[[Sequence[Program]], "list[Outcome | HarnessError]"]


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mpconform" / "expected"


class ExpectedOutputs:
    """Thread-safe: each test's expected output is computed at most once per process (again alone, at most once
    more, when a batch's answer is in doubt) and cached on disk."""

    def __init__(self, run_oracle: RunOracle, oracle_version: str, cache_dir: Path | None,
                 timeout: float = 10.0) -> None:
        self._run = run_oracle
        self._version = oracle_version
        self._cache = cache_dir
        self._timeout = timeout
        self._memo: dict[str, Expected | ExpectedError] = {}
        self._keys: dict[str, str] = {}
        self._claimed: set[str] = set()
        self._cond = threading.Condition()

    def get(self, test: TestCase, source: bytes, timeout: float | None = None,
            support: tuple[tuple[str, bytes], ...] = ()) -> Expected:
        """`timeout`: the test's own timeout; CPython gets at least that long, and never forever.
        `support`: helper modules the test imports; they are part of the cache key."""
        found = self.get_many([Need(test, source, timeout, support)])[test.id]
        if isinstance(found, ExpectedError):
            raise found
        return found

    def get_many(self, needs: Sequence[Need]) -> dict[str, Expected | ExpectedError]:
        """Each test's expected output; those neither in a .exp file nor cached are computed in one oracle batch.
        A test another thread is computing is waited for, not computed twice."""
        mine: list[Need] = []
        with self._cond:
            for need in needs:
                if need.test.id not in self._memo and need.test.id not in self._claimed:
                    self._claimed.add(need.test.id)
                    mine.append(need)
        try:
            found = self._compute(mine)
        finally:
            with self._cond:
                for need in mine:
                    self._memo[need.test.id] = found.get(need.test.id) or ExpectedError(
                        f"{need.test.path}: expected output not computed (interrupted)")
                    self._claimed.discard(need.test.id)
                self._cond.notify_all()
        with self._cond:
            self._cond.wait_for(lambda: all(n.test.id in self._memo for n in needs))
            return {n.test.id: self._memo[n.test.id] for n in needs}

    def confirm(self, test_id: str) -> None:
        """A target agreed with this provisional output: it is right, keep it (and cache it)."""
        with self._cond:
            found = self._memo.get(test_id)
            if not isinstance(found, Expected) or not found.provisional:
                return
            found = dataclasses.replace(found, provisional=False)
            self._memo[test_id] = found
        self._store(self._keys[test_id], found)

    def recompute(self, need: Need) -> Expected | ExpectedError:
        """Compute a provisional output again, alone (a target disagreed with it: was it the batch's doing?)."""
        found = self._compute([need], alone=True)[need.test.id]
        with self._cond:
            self._memo[need.test.id] = found
        return found

    # -- computing -----------------------------------------------------------------------------------------
    def _compute(self, needs: Sequence[Need], alone: bool = False) -> dict[str, Expected | ExpectedError]:
        found: dict[str, Expected | ExpectedError] = {}
        missing: list[tuple[Need, str, float]] = []
        for need in needs:
            exp = need.test.exp_path
            if exp.exists():
                found[need.test.id] = self._from_exp(need.test)
                continue
            key = self._key(need)
            with self._cond:
                self._keys[need.test.id] = key
            cached = None if alone else self._load(key)
            if cached is not None:
                found[need.test.id] = cached
            else:
                missing.append((need, key, max(need.timeout or 0, self._timeout)))
        if not missing:
            return found
        programs = [Program(source=n.source, filename=n.test.path.name, directory=n.test.path.parent, timeout=t)
                    for n, _, t in missing]
        batched = len(programs) > 1
        for (need, key, timeout), out in zip(missing, self._run(programs)):
            try:
                result = self._from_outcome(need.test, out, timeout)
            except ExpectedError as exc:
                found[need.test.id] = exc
                continue
            if batched:
                result = dataclasses.replace(result, provisional=True)
            else:
                self._store(key, result)
            found[need.test.id] = result
        return found

    def _key(self, need: Need) -> str:
        digest = hashlib.sha256(b"%s\0%s\0" % (self._version.encode(), need.test.id.encode()) + need.source)
        for name, data in need.support:
            digest.update(b"\0%s\0%d\0" % (name.encode(), len(data)) + data)
        return digest.hexdigest()

    @staticmethod
    def _from_exp(test: TestCase) -> Expected | ExpectedError:
        exp = test.exp_path
        try:
            data = exp.read_bytes().replace(b"\r\n", b"\n")
        except OSError as exc:
            return ExpectedError(f"{exp}: cannot read expected output: {exc.strerror}")
        patterns = is_special(test.id) or ANY_LINES + b"\n" in b"\n" + data
        return Expected(data, "exp", patterns=patterns)

    @staticmethod
    def _from_outcome(test: TestCase, out: Outcome | HarnessError, timeout: float) -> Expected:
        if isinstance(out, HarnessError):
            raise ExpectedError(f"{test.path}: the oracle failed computing the expected output: {out}")
        if out.status is Status.TIMEOUT:
            raise ExpectedError(f"{test.path}: CPython did not finish within {timeout:g}s computing the "
                                "expected output (add a .exp file, or fix the test)")
        if out.status is Status.CRASH:
            raise ExpectedError(f"{test.path}: CPython crashed computing the expected output ({out.note or out.exit_code})")
        if out.status is Status.INTERNAL:
            raise ExpectedError(f"{test.path}: the oracle failed computing the expected output ({out.note})")
        output = out.stdout.replace(b"\r\n", b"\n")
        error = cpython_cannot_compile(output, out.exc_type)
        if error:  # newer syntax than the host CPython's: run-tests.py skips such a test unless it has a .exp
            return Expected(output, "cpython", skip=True,
                            why=f"CPython cannot compile this test ({error}) and it has no .exp file: "
                                "run-tests.py skips it")
        return Expected(output, "cpython", skip=out.status is Status.SKIP)

    # -- the disk cache ------------------------------------------------------------------------------------
    def _load(self, key: str) -> Expected | None:
        if self._cache is None:
            return None
        path = self._cache / key[:2] / key
        try:
            meta = json.loads(path.with_suffix(".json").read_text())
            return Expected(path.read_bytes(), "cpython", skip=bool(meta.get("skip")), why=meta.get("why", ""))
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
            path.with_suffix(".json").write_text(json.dumps({"skip": expected.skip, "why": expected.why,
                                                             "oracle": self._version}))
        except OSError:
            pass  # a cache that cannot be written only costs time
