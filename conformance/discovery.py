"""Finding tests in a MicroPython-layout tree: `<root>/<area>/*.py`, with helper modules they import."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mpconform.runners.library import imported_files

__all__ = ["TestCase", "SuiteError", "discover", "BUNDLED_SUITE", "support_files_for", "is_micropython_tests",
           "is_tool_folder"]

BUNDLED_SUITE = Path(__file__).resolve().parent / "suite"


class SuiteError(ValueError):
    """A path that is not a test tree, area or test file."""


@dataclass(frozen=True)
class TestCase:
    """One test script: its id (path relative to the suite root) and where it lives."""

    __test__ = False

    id: str
    path: Path
    root: Path

    @property
    def area(self) -> str:
        return self.id.split("/", 1)[0] if "/" in self.id else ""

    @property
    def exp_path(self) -> Path:
        return self.path.with_name(self.path.name + ".exp")


def discover(paths: list[Path] | None = None) -> list[TestCase]:
    """Tests under each path: a suite root (areas below it), an area folder, or single test files."""
    found: dict[str, TestCase] = {}
    for given in paths or [BUNDLED_SUITE]:
        path = Path(given).resolve()
        if path.is_file():
            if path.suffix != ".py":
                raise SuiteError(f"{given}: not a test script (expected a .py file)")
            root = path.parent.parent
            found.setdefault(_id(path, root), TestCase(_id(path, root), path, root))
        elif path.is_dir():
            for test in _tests_in(path):
                found.setdefault(test.id, test)
        else:
            raise SuiteError(f"{given}: no such file or directory")
    return sorted(found.values(), key=lambda t: t.id)


#: Folders of MicroPython's tests/ that run-tests.py does not run as tests (its helpers, benchmarks, tests
#: that need several boards at once).
_NOT_AREAS = ("feature_check", "internal_bench", "perf_bench")


def _tests_in(path: Path) -> list[TestCase]:
    own = sorted(p for p in path.glob("*.py") if p.is_file())
    areas = [d for d in sorted(path.iterdir()) if d.is_dir() and _is_area(d)]
    if is_micropython_tests(path):  # its scripts are tools, not tests
        own = []
        areas = [d for d in areas if not is_tool_folder(d)]
    if own and not areas:          # an area folder: tests are its own scripts
        return [TestCase(_id(p, path.parent), p, path.parent) for p in own]
    tests = []                     # a suite root: every area's scripts (helpers live in sub-folders)
    for area in areas:
        tests += [TestCase(_id(p, path), p, path) for p in sorted(area.glob("*.py")) if p.is_file()]
    if own and areas:
        tests += [TestCase(_id(p, path.parent), p, path.parent) for p in own]
    return tests


def is_micropython_tests(root: Path) -> bool:
    """Whether a folder is (or imitates) MicroPython's own tests/: it has run-tests.py or feature_check/."""
    return (root / "run-tests.py").is_file() or (root / "feature_check").is_dir()


def is_tool_folder(folder: Path) -> bool:
    """Whether a folder holds scripts of MicroPython's tests/ that are no tests: its own top-level scripts
    (run-tests.py, ...), feature checks, benchmarks, multi-board tests."""
    if is_micropython_tests(folder):
        return True
    return is_micropython_tests(folder.parent) and (folder.name in _NOT_AREAS or folder.name.startswith("multi_"))


def _is_area(d: Path) -> bool:
    return not d.name.startswith((".", "_")) and not (d / "__init__.py").exists() and any(d.glob("*.py"))


def _id(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def support_files_for(test: TestCase, source: bytes, limit: int = 64) -> tuple[tuple[str, bytes], ...]:
    """Helper modules/packages next to the test that it imports (a device must receive them first)."""
    return imported_files(source, [test.path.parent], exclude=[test.path.name], limit=limit)
