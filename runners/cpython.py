"""The oracle: CPython, isolated (-I -S -B, temp working copy, rlimits, audit-hook sandbox), fork per program."""
from __future__ import annotations

import os
import shutil
import sys
from typing import Sequence

from .contract import Runner, TargetSpec
from .forkserver import WORKER_SCRIPT, ForkServer
from .outcome import Outcome, Program

__all__ = ["CPythonRunner"]


class CPythonRunner(Runner):
    name = "cpython"
    description = "CPython, the oracle (cpython=/path/python3 for another build)"
    usage = "cpython[=/path/python3][,sandbox=no]"
    crash_program = b"import faulthandler\nprint('dying')\nfaulthandler._sigsegv()\n"

    def __init__(self, spec: TargetSpec) -> None:
        super().__init__(spec)
        self.executable = _resolve(spec)
        self._server = ForkServer(
            spec.label, [self.executable, "-I", "-S", "-B", str(WORKER_SCRIPT)], {"mode": "exec"},
            env={"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PATH": os.environ.get("PATH", "/usr/bin:/bin")},
            sandbox=spec.option("sandbox", "yes") != "no")

    @classmethod
    def availability(cls, spec: TargetSpec) -> str | None:
        path = _resolve(spec)
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            return f"python executable not found: {path}"
        return None

    @classmethod
    def shares_process(cls, spec: TargetSpec) -> bool:
        return True

    def semantics(self) -> str:
        return "cpython"

    def run(self, program: Program) -> Outcome:
        return self._server.run(program)

    def run_batch(self, programs: Sequence[Program]) -> list[Outcome]:
        return self._server.run_batch(programs)

    def close(self) -> None:
        self._server.close()


def _resolve(spec: TargetSpec) -> str:
    if spec.arg:
        return shutil.which(spec.arg) or spec.arg
    return sys.executable
