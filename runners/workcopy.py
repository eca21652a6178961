"""A program's working copy of its test folder: data copied (the program may write to it), code linked.

MicroPython's io tests open `data/...` for append, write and remove, and expect that to work, as it does in a
checkout (run-tests.py runs each test in its own folder). A program runs in a fresh folder of its own instead,
so that no run changes the user's tree: data files and folders of data are copied into it, everything else
(packages, folders holding code, very large data) is linked. Test scripts and their .exp files stay out: a
program finds helper modules through its module path, which starts at its own folder.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

__all__ = ["WorkingCopy", "working_copy", "data_files", "COPY_LIMIT"]

#: Bytes of data copied per program at most; a folder holding more is linked (writes then reach the tree).
COPY_LIMIT = 4 << 20
_CODE = (".py", ".mpy")
_NOT_DATA = (".py", ".exp", ".pyc", ".mpy")
_lock = threading.Lock()
_plans: dict[tuple[str, int], "WorkingCopy"] = {}


@dataclass(frozen=True)
class WorkingCopy:
    """Entries of a test folder (names relative to it) as a program's working copy holds them."""

    link: tuple[str, ...] = ()
    copy: tuple[str, ...] = ()


def working_copy(directory: Path) -> WorkingCopy:
    """How a program from `directory` sees that folder's other entries (memoised per folder and mtime)."""
    try:
        key = (str(directory), directory.stat().st_mtime_ns)
    except OSError:
        return WorkingCopy()
    with _lock:
        plan = _plans.get(key)
    if plan is None:
        plan = _plan(directory)
        with _lock:
            _plans[key] = plan
    return plan


def _plan(directory: Path) -> WorkingCopy:
    link, copy, budget = [], [], COPY_LIMIT
    try:
        names = sorted(os.listdir(directory))
    except OSError:
        return WorkingCopy()
    for name in names:
        if name.startswith(".") or name == "__pycache__" or name.endswith(_NOT_DATA):
            continue
        path = directory / name
        size, has_code = _measure(path)
        if not has_code and not path.is_symlink() and size <= budget:
            copy.append(name)
            budget -= size
        else:
            link.append(name)
    return WorkingCopy(tuple(link), tuple(copy))


def _measure(path: Path) -> tuple[int, bool]:
    """Bytes under a file or folder, and whether it holds code (a package a test imports)."""
    if not path.is_dir():
        try:
            return path.stat().st_size, path.name.endswith(_CODE)
        except OSError:
            return 0, True
    size, code = 0, False
    for root, _dirs, files in os.walk(path):
        for f in files:
            code = code or f.endswith(_CODE)
            try:
                size += os.stat(os.path.join(root, f)).st_size
            except OSError:
                code = True  # unreadable: leave it where it is
    return size, code


def data_files(directory: Path) -> tuple[tuple[str, bytes], ...]:
    """(relative path, bytes) of every file the working copy copies: for targets that receive files rather than
    a folder (the webassembly port's in-memory file system)."""
    found = []
    for name in working_copy(directory).copy:
        path = directory / name
        if path.is_file():
            found.append((name, path.read_bytes()))
            continue
        for root, _dirs, files in os.walk(path):
            for f in sorted(files):
                full = Path(root) / f
                found.append((full.relative_to(directory).as_posix(), full.read_bytes()))
    return tuple(found)
