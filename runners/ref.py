"""The reference interpreter (interpreter/), forked per program from a worker that has imported it once."""
from __future__ import annotations

import dataclasses
import importlib.util
import os
import re
import sys
from pathlib import Path
from typing import Sequence

import mpconform
from mpconform.interpreter.internal import BANNER, EXIT_INTERNAL

from .contract import Runner, TargetSpec
from .errors import TargetUnavailable
from .forkserver import WORKER_SCRIPT, ForkServer
from .library import module_path
from .outcome import Outcome, Program, Status

__all__ = ["RefRunner"]

#: The folder that holds the mpconform package (the checkout, or site-packages): the worker's import path.
_ROOT = Path(mpconform.__file__).resolve().parent.parent


class RefRunner(Runner):
    name = "ref"
    description = "mpconform's reference interpreter (ref,profile=cpython for CPython semantics)"
    usage = "ref[,profile=cpython][,heapsize=N][,emit=native][,clock=real][,tstring=yes]"
    runtests_target = "unix"
    sized_heap = True
    #: Its clock is virtual (it stands still unless the program sleeps): a workload that times programs on
    #: it asks for the host's.
    measuring_options = (("clock", "real"),)
    #: Run once in the worker before any program is forked from it ("module:function"): warms the reference up.
    worker_prime = "mpconform.interpreter.prime:prime"
    #: Folders the worker imports from ahead of mpconform's own (where a subclass's worker_prime lives).
    worker_path: tuple[str, ...] = ()

    def __init__(self, spec: TargetSpec) -> None:
        super().__init__(spec)
        why = self.availability(spec)
        if why:
            raise TargetUnavailable(why, target=spec.label)
        argv = []
        profile = spec.option("profile")
        if profile:
            argv += ["--profile", profile]
        for key in ("heapsize", "emit", "clock", "tstring"):
            if spec.option(key):
                argv += ["-X", f"{key}={spec.option(key)}"]
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        self._server = ForkServer(
            spec.label, [sys.executable, "-I", "-B", str(WORKER_SCRIPT)],
            {"mode": "call", "target": "mpconform.interpreter:main", "path": [*self.worker_path, str(_ROOT)],
             "warmup": argv, "preload": _interpreter_modules(), "prime": self.worker_prime},
            env=env, sandbox=False, argv_prefix=argv)

    @classmethod
    def availability(cls, spec: TargetSpec) -> str | None:
        if importlib.util.find_spec("mpconform.interpreter") is None or not hasattr(_load(), "main"):
            return "the reference interpreter is not importable (interpreter.main missing)"
        return None

    @classmethod
    def shares_process(cls, spec: TargetSpec) -> bool:
        return True

    def semantics(self) -> str:
        return "cpython" if self.spec.option("profile") == "cpython" else "micropython"

    def run(self, program: Program) -> Outcome:
        # The reference honours MICROPYPATH like the unix port: helper modules resolve in the test's folder.
        return _defect(self._server.run(program, env=_env(program)))

    def run_batch(self, programs: Sequence[Program]) -> list[Outcome]:
        return [_defect(o) for o in self._server.run_batch(programs, [_env(p) for p in programs])]

    def close(self) -> None:
        self._server.close()


def _env(program: Program) -> dict[str, str] | None:
    folders = module_path(program)
    return {"MICROPYPATH": ":".join(folders)} if folders else None


_REPORT = re.compile(rb"^" + re.escape(BANNER.encode()) + rb": (.*)$", re.M)


def _defect(outcome: Outcome) -> Outcome:
    """A run the reference ended with its internal-error report (exit code and banner line, internal.py) is a
    defect of the reference: Status.INTERNAL, the report's first line as the note."""
    if outcome.exit_code != EXIT_INTERNAL or outcome.status is not Status.RAISED:
        return outcome
    found = _REPORT.findall(outcome.stdout)
    if not found:
        return outcome  # the program's own sys.exit(70)
    what = found[-1].decode("utf-8", "replace").strip()
    note = f"internal error of the reference: {what}" + (f"; {outcome.note}" if outcome.note else "")
    return dataclasses.replace(outcome, status=Status.INTERNAL, exc_type=None, note=note)


def _interpreter_modules() -> list[str]:
    """Every module of the reference, imported once in the worker: a module first imported in a forked child
    is compiled from source again in every child (the worker runs with -B)."""
    import pkgutil

    from mpconform import interpreter

    skip = ("mpconform.interpreter.bench", "mpconform.interpreter.__main__", "mpconform.interpreter.pyexec",
            "mpconform.interpreter.repl")
    return [m.name for m in pkgutil.walk_packages(interpreter.__path__, "mpconform.interpreter.")
            if not m.name.startswith(skip)]


def _load():
    from mpconform import interpreter

    return interpreter
