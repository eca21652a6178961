"""Per-target expectations: TOML files listing tests expected to fail on a target, each with its reason."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import tomli_w

__all__ = ["Expectations", "ExpectationsError", "load_expectations", "expectations_for_run", "EXPECTATIONS_DIR",
           "update_expectations", "unsorted_file"]

EXPECTATIONS_DIR = Path(__file__).resolve().parent / "expectations"
_UNSORTED = "unsorted.toml"


class ExpectationsError(ValueError):
    """An expectations file that does not parse, or names a test that does not exist."""


@dataclass(frozen=True)
class Expectations:
    """tests expected to fail → (reason, file that says so)."""

    xfail: dict[str, tuple[str, Path]] = field(default_factory=dict)

    def reason(self, test_id: str) -> str | None:
        hit = self.xfail.get(test_id)
        return hit[0] if hit else None


def _files(name: str, extra: list[Path], bundled: bool) -> list[Path]:
    if not bundled:  # the bundled files speak of the bundled suite only
        return list(extra)
    folder = EXPECTATIONS_DIR / name
    files = sorted(folder.glob("*.toml")) if folder.is_dir() else []
    single = EXPECTATIONS_DIR / f"{name}.toml"
    if single.is_file():
        files.append(single)
    return files + list(extra)


def load_expectations(name: str, exists: Callable[[str], bool] | None, extra: list[Path] | None = None,
                      problems: list[str] | None = None, *, bundled: bool = True) -> Expectations:
    """Merge every expectations file of a target. `exists(test_id)` tells whether a named test is real.
    Problems (bad file, unknown test) are appended to `problems` as one-line messages naming the file,
    and the rest of the entries still apply."""
    problems = problems if problems is not None else []
    xfail: dict[str, tuple[str, Path]] = {}
    for path in _files(name, extra or [], bundled):
        try:
            doc = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            problems.append(f"{path}: not a valid expectations file: {exc}")
            continue
        unknown_tables = set(doc) - {"xfail"}
        if unknown_tables:
            problems.append(f"{path}: unknown table(s) {sorted(unknown_tables)}; expected only [xfail]")
        table = doc.get("xfail", {})
        if not isinstance(table, dict):
            problems.append(f"{path}: [xfail] must be a table of \"test/path.py\" = \"reason\"")
            continue
        for test, reason in table.items():
            if not isinstance(reason, str) or not reason.strip():
                problems.append(f"{path}: {test!r} needs a non-empty reason string")
                continue
            if exists is not None and not exists(test):
                problems.append(f"{path}: names unknown test {test!r} (typo, or the test was removed?)")
                continue
            xfail[test] = (reason.strip(), path)
    return Expectations(xfail)


def expectations_for_run(name: str, roots: set[Path], extra: list[Path],
                         problems: list[str] | None = None) -> Expectations:
    """A target's expectations for a run over these suite roots: the bundled files apply only when the bundled
    suite is among them, and a named test must exist under one of the roots."""
    from .discovery import BUNDLED_SUITE

    return load_expectations(name, lambda test: any((root / test).is_file() for root in roots), extra, problems,
                             bundled=BUNDLED_SUITE in roots)


def unsorted_file(name: str) -> Path:
    """Where a run over the bundled suite adds a target's new failures."""
    return EXPECTATIONS_DIR / name / _UNSORTED


def update_expectations(expectations: Expectations, now_failing: dict[str, str], now_passing: set[str],
                        new_file: Path) -> list[Path]:
    """Drop entries that pass now; add new failures, with their reasons, to `new_file`."""
    touched: dict[Path, dict[str, str]] = {}
    for test, (reason, path) in expectations.xfail.items():
        touched.setdefault(path, {})
        if test not in now_passing:
            touched[path][test] = reason
    new = {t: r for t, r in now_failing.items() if t not in expectations.xfail}
    if new:
        target = new_file
        entries = touched.setdefault(target, {})
        if target.exists() and target not in {p for _, p in expectations.xfail.values()}:
            try:
                entries.update(tomllib.loads(target.read_text()).get("xfail", {}))
            except (OSError, tomllib.TOMLDecodeError):
                pass
        entries.update(new)
    written = []
    for path, entries in touched.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        header = _header(path)
        body = tomli_w.dumps({"xfail": dict(sorted(entries.items()))})
        path.write_text(header + body, encoding="utf-8")
        written.append(path)
    return written


def _header(path: Path) -> str:
    """Keep a file's leading comment block across rewrites."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return "# Tests expected to fail on this target, and why (rewritten by --update-expectations).\n"
    keep = []
    for line in lines:
        if not line.startswith("#"):
            break
        keep.append(line)
    return "\n".join(keep) + "\n" if keep else ""
