"""The module files a program imports from a list of folders: what a target without the host's files receives."""
from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:
    from .outcome import Program

__all__ = ["imported_files", "library_files", "module_path"]

_IMPORT = re.compile(rb"^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w., ]+))", re.M)
_read_lock = threading.Lock()
_read_cache: dict[tuple[str, int], bytes] = {}


def _imported_names(source: bytes) -> Iterable[str]:
    """Top-level names of the modules `source` imports (a text scan: conditional imports count too)."""
    for m in _IMPORT.finditer(source):
        names = [m.group(1)] if m.group(1) else [n.strip().split(b" ")[0] for n in m.group(2).split(b",")]
        for raw in names:
            top = raw.decode("ascii", "ignore").split(".")[0]
            if top:
                yield top


def _module_files(folder: Path, name: str) -> list[str]:
    single = folder / f"{name}.py"
    if single.is_file():
        return [single.name]
    package = folder / name
    if package.is_dir():
        return [p.relative_to(folder).as_posix() for p in sorted(package.rglob("*.py"))]
    return []


def _read(path: Path) -> bytes:
    """File bytes, memoised by path and modification time (library modules are read for many programs)."""
    key = (str(path), path.stat().st_mtime_ns)
    with _read_lock:
        data = _read_cache.get(key)
    if data is None:
        data = path.read_bytes()
        with _read_lock:
            _read_cache[key] = data
    return data


def imported_files(source: bytes, folders: Sequence[Path], exclude: Iterable[str] = (),
                   limit: int = 64) -> tuple[tuple[str, bytes], ...]:
    """(path relative to its folder, bytes) of each module or package that `source` imports, and they import in
    turn, found in `folders` (the first folder holding a name wins, as on a module path). `exclude`: relative
    paths never returned (the program's own file)."""
    wanted: dict[str, bytes] = {}
    skip = set(exclude)
    seen: set[str] = set()
    pending = [source]
    while pending and len(wanted) < limit:
        for top in _imported_names(pending.pop()):
            if top in seen:
                continue
            seen.add(top)
            for folder in folders:
                files = _module_files(folder, top)
                if files:
                    for rel in files:
                        if rel not in wanted and rel not in skip:
                            wanted[rel] = _read(folder / rel)
                            pending.append(wanted[rel])
                    break
    return tuple(sorted(wanted.items()))


def library_files(source: bytes, library: Sequence[Path],
                  have: Iterable[str] = ()) -> tuple[tuple[str, bytes], ...]:
    """The library modules a program needs (those of its imports found in `library`), less the names `have`
    (its own helper files, which come first on the module path)."""
    if not library:
        return ()
    return imported_files(source, library, exclude=have)


def module_path(program: "Program") -> list[str]:
    """Folders a program imports from, in order: its own folder, then its library folders (MICROPYPATH)."""
    return ([str(program.directory)] if program.directory else []) + [str(p) for p in program.library]
