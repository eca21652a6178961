"""Runners for engine tests: deterministic stand-ins that lose their link on cue."""
from __future__ import annotations

import threading

from mpconform.runners import Identity, LinkError, Outcome, Program, Runner, Status, TargetUnavailable

_lock = threading.Lock()
_started = 0


class EchoRunner(Runner):
    """Prints what CPython would for `print(N)` programs, taking `delay` seconds (option); loses its link after
    `die_after` programs (option), for the first `dying` instances started (option), and once closed."""

    name = "fake"
    description = "engine test double"
    board = True

    def __init__(self, spec):
        super().__init__(spec)
        global _started
        with _lock:
            _started += 1
            self.serial = _started
        self.die_after = int(spec.option("die_after", "-1"))
        self.dying = int(spec.option("dying", "0"))
        self.delay = float(spec.option("delay", "0"))
        self.ran = 0
        self.closed = threading.Event()

    def _probe_identity(self):
        return Identity("fake", "1.0", "test")

    def close(self):
        self.closed.set()

    def run(self, program: Program) -> Outcome:
        if self.dying and self.serial <= self.dying and self.die_after >= 0 and self.ran >= self.die_after:
            raise LinkError("board went away", target=self.spec.label)
        if self.closed.wait(self.delay):
            raise LinkError("runner closed under the program", target=self.spec.label)
        self.ran += 1
        src = program.source.decode()
        if src.startswith("print(") and src.strip().endswith(")") and "\n" not in src.strip():
            return Outcome(Status.OK, (src.strip()[6:-1] + "\n").encode())
        return Outcome(Status.OK, b"")


class BuggyRunner(EchoRunner):
    """Raises a plain exception (a runner bug) on programs that print 3."""

    def run(self, program: Program) -> Outcome:
        if b"print(3)" in program.source:
            raise KeyError("a bug in the runner")
        return super().run(program)


class ProcessRunner(EchoRunner):
    """A local-process stand-in (scales with -j) that counts its closes and fails to start on `broken=yes`."""

    board = False
    closes: list[int] = []

    def __init__(self, spec):
        if spec.option("broken") == "yes":
            raise TargetUnavailable("no such interpreter here", target=spec.label)
        super().__init__(spec)

    def close(self):
        ProcessRunner.closes.append(self.serial)
