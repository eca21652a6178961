"""Values that cross the runner boundary: the program to run, what it did, and who ran it."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from .tracebacks import parse_traceback

__all__ = ["Status", "Program", "Outcome", "Identity", "classify_exit"]


class Status(str, enum.Enum):
    """How a program ended on a target (never how the harness fared: that is an exception).

    INTERNAL comes only from targets that can tell their own defects from the program's exceptions (the
    reference interpreter): it is a problem of that target, never a difference of the language.
    """

    OK = "ok"            # ran to the end (exit code 0)
    RAISED = "raised"    # an uncaught exception of the program (exc_type says which)
    TIMEOUT = "timeout"  # the host stopped it after Program.timeout seconds
    CRASH = "crash"      # the target died: signal, abort, non-Python exit code, lost board state
    SKIP = "skip"        # the program printed SKIP alone: it cannot run on this target
    INTERNAL = "internal"  # the target's implementation failed: a defect of the target itself, not of the program


@dataclass(frozen=True)
class Program:
    """One program to run: source bytes plus where it lives (for helper imports and data files)."""

    source: bytes
    filename: str = "main.py"             # base name used for tracebacks and for the file on disk
    directory: Path | None = None         # folder it comes from: imports and data files resolve there
    support_files: tuple[tuple[str, bytes], ...] = ()  # helper modules a device must receive first
    # Folders of library modules (micropython-lib's unittest, say) on the target's module path after the
    # program's own folder: MICROPYPATH on the unix port and the reference, the modules the program imports
    # shipped to a target without the host's file system (staged once per session on a board). The oracle
    # (CPython) keeps its own standard library, as run-tests.py's CPython run does.
    library: tuple[Path, ...] = ()
    timeout: float = 10.0                 # seconds, enforced by the host
    max_output: int = 1 << 20             # bytes of output kept; more is cut and noted


@dataclass(frozen=True)
class Outcome:
    """What one program did on one target.

    `stdout` holds the program's stdout with its stderr (tracebacks) merged in the order written, exactly
    as bytes (MicroPython's run-tests compares that stream). `note` carries harness remarks that do not
    change the verdict: output truncated, retried after reconnect, memory limit of the target.
    """

    status: Status
    stdout: bytes
    exc_type: str | None = None
    duration: float = 0.0
    exit_code: int | None = None
    note: str = ""
    retried: bool = False
    cpu: float | None = None   # seconds of CPU its process used, where the runner can tell (fork per program):
                               # with `duration`, how much of the machine it had (benchmarks scale by it)

    @property
    def is_memory_limit(self) -> bool:
        """A MemoryError is a resource limit of the target, not a semantic failure."""
        return self.status is Status.RAISED and self.exc_type == "MemoryError"


@dataclass(frozen=True)
class Identity:
    """Who a target is, as it reports itself (sys.implementation, sys.platform, machine)."""

    implementation: str
    version: str
    platform: str
    machine: str = ""
    extra: tuple[tuple[str, str], ...] = field(default=())

    def describe(self) -> str:
        """One line for tables: `micropython 1.29.0 linux`."""
        return " ".join(x for x in (self.implementation, self.version, self.platform, self.machine) if x)


SKIP_MARKER = b"SKIP\n"


def classify_exit(output: bytes, exit_code: int | None, *, timed_out: bool = False) -> tuple[Status, str | None]:
    """Map the raw facts of a finished process to a Status and exception name (shared by all runners)."""
    if timed_out:
        return Status.TIMEOUT, None
    if output.replace(b"\r\n", b"\n") == SKIP_MARKER:
        return Status.SKIP, None
    if exit_code == 0:
        return Status.OK, None
    tb = parse_traceback(output)
    if exit_code is None:
        return Status.CRASH, tb.exc_type if tb else None
    # A non-zero exit is the program's own doing: an uncaught exception (traceback) or sys.exit(n).
    return Status.RAISED, (tb.exc_type if tb else None) or "SystemExit"
