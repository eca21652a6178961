"""`mpconform fuzz --workers N`: N local `mpconform fuzz` processes on one store, started and watched by PID.

Each worker is an ordinary `mpconform fuzz --store ...` process (the same as one started by hand on another
host); its stderr is relayed line by line with its name. A worker that dies is named in one line; what it had
saved stays in the store with everything the others found.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from typing import TextIO

from mpconform.runners.processes import spawn_guarded

__all__ = ["WorkerExit", "run_workers"]

#: How a worker ends when it finished its budget: 0 (nothing new) or 1 (new buckets). Anything else: it died.
FINISHED = (0, 1)


@dataclass(frozen=True)
class WorkerExit:
    """How one worker process ended."""

    name: str
    pid: int
    returncode: int
    last_line: str = ""

    @property
    def died(self) -> bool:
        return self.returncode not in FINISHED

    def describe(self) -> str:
        if self.returncode < 0:
            try:
                how = f"killed by {signal.Signals(-self.returncode).name}"
            except ValueError:
                how = f"killed by signal {-self.returncode}"
        else:
            how = f"exit code {self.returncode}"
        said = f" ({self.last_line})" if self.last_line else ""
        return f"worker {self.name} (pid {self.pid}) died: {how}{said}"


def _relay(name: str, stream: TextIO, out: TextIO, last: list[str]) -> None:
    for line in stream:
        last[:] = [line.strip()]
        out.write(f"[{name}] {line}")
        out.flush()


def run_workers(argv: list[str], n: int, *, out: TextIO | None = None) -> list[WorkerExit]:
    """Run `mpconform fuzz ARGV --worker-name wK` for K in 1..N at once and wait for all. On Ctrl-C or SIGTERM
    each worker is sent SIGTERM (by PID: it saves what it has and stops), waited for, and the interrupt raised."""
    out = out or sys.stderr
    procs, relays, lasts = [], [], []
    try:
        for k in range(1, n + 1):
            name = f"w{k}"
            # Guarded: a worker dies with this process, however it ends, and never outlives it.
            proc = spawn_guarded([sys.executable, "-m", "mpconform", "fuzz", *argv, "--worker-name", name],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
            procs.append((name, proc))
            lasts.append([])
            relays.append(threading.Thread(target=_relay, args=(name, proc.stderr, out, lasts[-1]), daemon=True))
            relays[-1].start()
        for _, proc in procs:
            proc.wait()
    except BaseException:
        for _, proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for _, proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        raise
    finally:
        for t in relays:
            t.join(timeout=5)
    return [WorkerExit(name, proc.pid, proc.returncode, (last or [""])[0])
            for (name, proc), last in zip(procs, lasts)]
