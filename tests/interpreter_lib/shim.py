"""A stand-in runtime for testing interpreter/lib under CPython: fake rt, virtual clock, module loading."""
from __future__ import annotations

import builtins
import contextlib
import importlib
import io
import pathlib
import shutil
import subprocess
import types
from typing import Any

from mpconform.interpreter.lib import FROZEN, MODULES
from mpconform.interpreter.lib._board import VirtualClock
from mpconform.interpreter.lib._profile import ALL_IDS
from mpconform.interpreter.lib.fileio import open_in_sandbox

__all__ = ["VirtualClock", "make_rt", "load", "run_program", "micropython", "MICROPYTHON"]

MICROPYTHON = shutil.which("micropython")


def make_rt(sandbox: pathlib.Path | None = None, profile: set[str] | None = None) -> types.SimpleNamespace:
    """A fake runtime context offering exactly the attributes the library may use; MicroPython profile unless
    `profile` is given (set() is --profile cpython)."""

    def check_alloc(nbytes: int) -> None:
        if nbytes > rt.heap_limit:
            raise MemoryError("memory allocation failed, allocating %d bytes" % nbytes)

    rt = types.SimpleNamespace(
        profile=set(ALL_IDS | {"micropython"}) if profile is None else set(profile), sandbox=sandbox or pathlib.Path("/nonexistent-sandbox"),
        stdout=io.StringIO(), call=lambda f, *a, **k: f(*a, **k), check_alloc=check_alloc,
        clock=VirtualClock(), heap_limit=1 << 40, modules={},
    )
    return rt


def load(rt: Any, name: str) -> types.ModuleType:
    """Build (once per rt) the module `name` from its factory, as the core would."""
    if name in rt.modules:
        return rt.modules[name]
    path, _, factory = MODULES[name].partition(":")
    namespace = getattr(importlib.import_module(path), factory)(rt)
    mod = types.ModuleType(name)
    mod.__dict__.update(namespace)
    rt.modules[name] = mod
    return mod


def run_program(src: str, rt: Any | None = None) -> str:
    """Run program text under CPython with only interpreter/lib modules importable; return what it printed."""
    rt = rt or make_rt()
    real_import = builtins.__import__

    def _import(name, globals=None, locals=None, fromlist=(), level=0):
        if name in MODULES:
            return load(rt, name)
        if name in FROZEN:
            raise ImportError(f"frozen module {name} needs the core interpreter")
        raise ImportError(f"no module named '{name}'")

    program_builtins = dict(vars(builtins))
    program_builtins["__import__"] = _import
    program_builtins["open"] = lambda path, mode="r", *a, **k: open_in_sandbox(rt, path, mode)
    out = io.StringIO()
    rt.stdout = out
    g = {"__builtins__": program_builtins, "__name__": "__main__"}
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(src, "<program>", "exec"), g)
        except Exception as e:  # the program's uncaught exception ends its output, as on a port
            print(f"{type(e).__name__}: {e}")
    del real_import
    return out.getvalue()


def micropython(src: str, cwd: str | None = None, timeout: float = 10) -> str:
    """Run `src` on the real unix port; uncaught exceptions are reduced to their last line, like run_program."""
    proc = subprocess.run([MICROPYTHON, "-c", src], capture_output=True, timeout=timeout, cwd=cwd)
    out = (proc.stdout + proc.stderr).decode("utf-8", "replace")   # tracebacks go to stdout; keep \r as is
    if proc.returncode != 0 and "Traceback (most recent call last):" in out:
        head, _, tail = out.partition("Traceback (most recent call last):")
        out = head + tail.strip().splitlines()[-1] + "\n"
    return out
