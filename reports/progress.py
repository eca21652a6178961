"""Live progress of a long run on stderr (tests of a suite run, benchmarks): one updating line on a terminal,
periodic lines in a log."""
from __future__ import annotations

import sys
import threading
import time
import enum
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from mpconform.results import TestResult, Verdict

__all__ = ["Progress", "format_eta"]


def format_eta(seconds: float) -> str:
    """`1:05:09` / `4:07` / `0:03` for a number of seconds; `?` when unknown."""
    if seconds != seconds or seconds < 0 or seconds == float("inf"):
        return "?"
    s = int(round(seconds))
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


_BAD_VERDICTS = (Verdict.FAIL, Verdict.CRASH, Verdict.TIMEOUT, Verdict.ERROR)


class Progress:
    """Counts results as they arrive and shows done/total, percentage, rate, ETA and bad counts.

    A result is counted by its `verdict` (a suite's TestResult) or else its `status` (a BenchResult); `bad`
    names the values worth showing as counts, `unit` what is counted ("tests", "benchmarks").

    On a terminal (`stream.isatty()`) one line is redrawn in place, at most every `redraw` seconds; on a
    pipe or log file a full line is written every `interval` seconds or each time another 10 % is done,
    whichever comes first, so CI logs show life without flooding. `update` may be called from any
    thread. `close()` (or leaving the `with` block) writes the final line, with the time taken.
    """

    def __init__(self, total: int, *, stream: TextIO | None = None, tty: bool | None = None,
                 interval: float = 10.0, redraw: float = 0.1,
                 clock: Callable[[], float] = time.monotonic, unit: str = "tests",
                 bad: Sequence[enum.Enum] = _BAD_VERDICTS) -> None:
        self.total = total
        self._stream = stream if stream is not None else sys.stderr
        if tty is None:
            isatty = getattr(self._stream, "isatty", None)
            tty = bool(isatty and isatty())
        self._tty = tty
        self._interval = interval if not tty else redraw
        self._clock = clock
        self._lock = threading.Lock()
        self._start = clock()
        self._last_emit = self._start
        self._last_decile = 0
        self.done = 0
        self.unit = unit
        self._bad = tuple(bad)
        self.counts: dict[Any, int] = {v: 0 for v in (Verdict if bad is _BAD_VERDICTS else bad)}
        self._closed = False

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def line(self, final: bool = False) -> str:
        """The progress line for the current state (no newline); the final one gives the time taken."""
        elapsed = max(self._clock() - self._start, 1e-9)
        rate = self.done / elapsed
        width = len(str(self.total))
        pct = 100 * self.done / self.total if self.total else 100.0
        if final:
            eta = f"done in {format_eta(elapsed)}"
        else:
            eta = "ETA " + (format_eta((self.total - self.done) / rate) if rate > 0 else "?")
        bad = [f"{self.counts[v]} {v.value}" for v in self._bad if self.counts.get(v)]
        return (f"[{self.done:>{width}}/{self.total} {pct:3.0f}%] {rate:.1f} {self.unit}/s, {eta}"
                + (", " + ", ".join(bad) if bad else ""))

    def update(self, result: TestResult | Any) -> None:
        """Count one finished result and show progress if it is time to."""
        status = getattr(result, "verdict", None) or result.status
        with self._lock:
            self.done += 1
            self.counts[status] = self.counts.get(status, 0) + 1
            now = self._clock()
            decile = int(10 * self.done / self.total) if self.total else 10
            due = now - self._last_emit >= self._interval
            if not self._tty and decile > self._last_decile:
                due = True
            if due:
                self._last_emit = now
                self._last_decile = decile
                self._emit(self.line())

    def close(self) -> None:
        """Write the final state (once) and end the line on a terminal."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._emit(self.line(final=True), final=True)

    def _emit(self, text: str, final: bool = False) -> None:
        try:
            if self._tty:
                # \r back to column 0, \x1b[K erases what a longer previous line left behind.
                self._stream.write("\r" + text + "\x1b[K" + ("\n" if final else ""))
            else:
                self._stream.write(text + "\n")
            self._stream.flush()
        except (OSError, ValueError):
            pass  # stderr closed or gone: progress is a courtesy, never a reason to fail a run
