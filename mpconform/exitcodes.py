"""How every mpconform command ends: its exit codes, and SIGTERM taken as an interrupt (130)."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

__all__ = ["EXIT_OK", "EXIT_FAIL", "EXIT_USAGE", "EXIT_UNAVAILABLE", "EXIT_INTERRUPTED", "EPILOG",
           "terminate_as_interrupt"]

EXIT_OK = 0            # no failures (with a baseline: no regression)
EXIT_FAIL = 1          # failures, regressions, new divergences, lint problems
EXIT_USAGE = 2         # a usage error or bad input, named in a one-line message
EXIT_UNAVAILABLE = 3   # a target is unavailable here, or every board of one was lost midway
EXIT_INTERRUPTED = 130 # Ctrl-C or SIGTERM: what was obtained is kept

EPILOG = """exit codes: 0 no failures (or no regression against --baseline), 1 failures or regressions,
2 usage error or bad input (malformed test, header, .exp, expectations file), 3 a target is unavailable,
130 interrupted (finished results are kept in the journal; continue with --resume)."""


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises KeyboardInterrupt like Ctrl-C: a command stopped either way keeps
    what it has obtained, stops its processes and exits 130. (Signals reach the main thread only: called
    from another thread, the block changes nothing.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
