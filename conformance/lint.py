"""The lint checks behind `mpconform lint`: bad headers, tests that need an .exp, non-deterministic tests,
malformed catalogue entries."""
from __future__ import annotations

import functools
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable

from mpconform.suitefacts import CATALOGUE_AREA

from .catalogue import CatalogueError, parse_entry
from .discovery import TestCase
from .features import probe_for
from .metadata import MetadataError, TestMeta, parse_header

__all__ = [
    "Problem",
    "CpythonRun",
    "check_header",
    "check_catalogue_entry",
    "check_needs_exp",
    "check_exp_skips_cpython",
    "check_deterministic",
    "run_cpython",
    "lint_tests",
]


@dataclass(frozen=True)
class Problem:
    """One lint finding, printed as `path:line: message`."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class CpythonRun:
    """CPython's merged output and exit status for one test (returncode None: timed out)."""

    output: str
    returncode: int | None


def check_header(test: TestCase, source: bytes) -> tuple[TestMeta | None, list[Problem]]:
    """Parse the `# mpconform:` header; a MetadataError becomes a Problem at its line."""
    try:
        return parse_header(test.path, source), []
    except MetadataError as exc:
        return None, [Problem(str(test.path), exc.line, exc.message)]


def check_catalogue_entry(test: TestCase, source: bytes) -> list[Problem]:
    """A cpydiff entry must have the documented-difference docstring."""
    try:
        parse_entry(test.path, source.decode("utf-8", "replace"))
    except CatalogueError as exc:
        # The message already starts with path:line: — split it back into its parts.
        text = str(exc)
        head, _, message = text.partition(": ")
        path, _, line = head.rpartition(":")
        return [Problem(path or str(test.path), int(line) if line.isdigit() else 1, message or text)]
    return []


def run_cpython(test: TestCase, python: str = sys.executable, timeout: float = 10.0) -> CpythonRun:
    """Run a test the way its expected output is made: `python -I -B name.py` in the test's folder."""
    try:
        proc = subprocess.run([python, "-I", "-B", test.path.name], cwd=test.path.parent,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout or b""
        return CpythonRun(out.decode("utf-8", "replace"), None)
    return CpythonRun(proc.stdout.decode("utf-8", "replace").replace("\r\n", "\n"), proc.returncode)


def _prints_skip(output: str) -> bool:
    return "SKIP" in (line.strip() for line in output.splitlines())


def _last_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.strip()]
    return lines[-1].strip() if lines else "(no output)"


def check_needs_exp(test: TestCase, meta: TestMeta, run: CpythonRun, timeout: float = 10.0) -> list[Problem]:
    """Flag a test whose expected output CPython cannot produce, unless it has an .exp or prints SKIP."""
    if test.exp_path.exists() or _prints_skip(run.output):
        return []
    if run.returncode is None:
        return [Problem(str(test.path), 1, f"CPython did not finish within {timeout:g}s; expected output "
                                           f"cannot be computed: add {test.path.name}.exp or a timeout= header")]
    if run.returncode == 0:
        return []
    last = _last_line(run.output)
    if meta.negative is not None:
        # A negative test ends with its declared exception: CPython's traceback is the expected ending.
        declared = meta.negative[1]
        if last.split(":", 1)[0].strip().endswith(declared):
            return []
        return [Problem(str(test.path), meta.line_of("negative"),
                        f"declares negative={meta.negative[0]}:{declared} but CPython ended with {last!r}")]
    return [Problem(str(test.path), 1, f"needs {test.path.name}.exp: CPython cannot produce its expected output "
                                       f"(exit status {run.returncode}, last line {last!r}); add an .exp file "
                                       f"or print SKIP where the feature is missing")]


def check_exp_skips_cpython(test: TestCase, meta: TestMeta, run: CpythonRun,
                            cpython_has: Callable[[str], bool]) -> list[Problem]:
    """An .exp that CPython does not print is MicroPython's own behaviour: the test must declare a feature CPython
    lacks (or print SKIP there), else the `cpython` target fails it."""
    if not test.exp_path.exists() or run.returncode is None or _prints_skip(run.output):
        return []
    try:
        expected = test.exp_path.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n")
    except OSError:
        return []
    if expected == run.output or "########" in expected or any(not cpython_has(f) for f in meta.features):
        return []
    return [Problem(str(test.path), meta.line_of("features"),
                    f"{test.path.name}.exp is not what CPython prints, and no feature in the header is one CPython "
                    f"lacks, so the cpython target fails it: add '# mpconform: features=module:micropython' (the "
                    f"port's own behaviour) or a feature the behaviour needs")]


def check_deterministic(test: TestCase, meta: TestMeta, first: CpythonRun, second: CpythonRun) -> list[Problem]:
    """Two CPython runs of a deterministic test must print the same thing."""
    if not meta.deterministic or (first.output == second.output and first.returncode == second.returncode):
        return []
    a, b = first.output.splitlines(), second.output.splitlines()
    where = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    shown = (a[where] if where < len(a) else "(end)", b[where] if where < len(b) else "(end)")
    return [Problem(str(test.path), 1, f"output is not deterministic: two CPython runs differ at output line "
                                       f"{where + 1} ({shown[0]!r} vs {shown[1]!r}); make it deterministic or "
                                       f"add '# mpconform: deterministic=no'")]


def _lint_one(test: TestCase, run: bool, python: str, timeout: float) -> list[Problem]:
    try:
        source = test.path.read_bytes()
    except OSError as exc:
        return [Problem(str(test.path), 1, f"cannot read test: {exc.strerror}")]
    meta, problems = check_header(test, source)
    if test.area == CATALOGUE_AREA:
        # Catalogue entries differ from CPython on purpose; only their docstring is checked here.
        return problems + check_catalogue_entry(test, source)
    if meta is None or not run:
        return problems
    per_test = meta.timeout or timeout
    first = run_cpython(test, python, per_test)
    problems += check_needs_exp(test, meta, first, per_test)
    problems += check_exp_skips_cpython(test, meta, first, lambda f: _cpython_has(f, python))
    if first.returncode is not None and not test.exp_path.exists():
        problems += check_deterministic(test, meta, first, run_cpython(test, python, per_test))
    return problems


@functools.lru_cache(maxsize=None)
def _cpython_has(feature: str, python: str) -> bool:
    """Whether the CPython that makes expected outputs has a header feature (its probe, run once per feature)."""
    probe = probe_for(feature)
    try:
        proc = subprocess.run([python, "-I", "-S", "-B", "-c", probe.source], stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=30)
    except subprocess.TimeoutExpired:
        return False
    return proc.stdout.decode("utf-8", "replace").strip() == probe.expect


def lint_tests(tests: list[TestCase], run: bool = True, python: str = sys.executable, timeout: float = 10.0,
               jobs: int = 2) -> list[Problem]:
    """Every problem of the given tests, in test order."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        results = list(pool.map(lambda t: _lint_one(t, run, python, timeout), tests))
    return [p for problems in results for p in problems]
