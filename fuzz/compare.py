"""Comparing what targets printed: normalised views, divergences, and bucket signatures."""
from __future__ import annotations

import re
from dataclasses import dataclass

from mpconform.runners.outcome import Outcome, Status
from mpconform.runners.tracebacks import output_lines, parse_traceback

__all__ = ["View", "view_of", "Divergence", "compare", "line_shape", "message_shape"]


@dataclass(frozen=True)
class View:
    """One target's output reduced to what must agree: printed lines, then how the program ended."""

    lines: tuple[str, ...]
    end: str                     # "ok", "raised:TypeError", "timeout", "crash", "skip"
    message: str = ""            # the exception message (not compared: messages differ by design)
    error_line: int | None = None  # program line the exception came from, when the traceback says
    note: str = ""               # the runner's remark (retries, garbled transfer): not compared

    def agrees(self, other: "View") -> bool:
        """Same printed lines and same ending (messages, notes and line numbers do not count)."""
        return self.lines == other.lines and self.end == other.end

    @property
    def exc(self) -> str | None:
        return self.end.split(":", 1)[1] if self.end.startswith("raised:") else None


def view_of(outcome: Outcome) -> View:
    """Normalise an Outcome: \\r\\n, trailing blanks, traceback reduced to its exception type."""
    lines = output_lines(outcome.stdout)
    message, error_line = "", None
    if outcome.status is Status.OK:
        end = "ok"
    elif outcome.status is Status.RAISED:
        tb = parse_traceback(outcome.stdout)
        end = f"raised:{(tb and tb.exc_type) or outcome.exc_type or '?'}"
        if tb is not None:
            # Output may follow the block when the target buffers stdout but not stderr: keep that.
            message, error_line = tb.message, tb.line
            lines = lines[:tb.start] + lines[tb.stop:]
    else:
        end = outcome.status.value
    while lines and not lines[-1]:
        lines.pop()
    return View(tuple(lines), end, message, error_line, outcome.note)


_NUM = re.compile(r"-?\b\d+(\.\d+)?(e[-+]?\d+)?\b")
_NAME = re.compile(r"\b[A-Za-z_]+\d+\b")
_STR = re.compile(r"'[^']*'|\"[^\"]*\"")


def line_shape(text: str) -> str:
    """A line with literals and generated names stripped: the part that says which construct it is."""
    text = _STR.sub("S", text)
    text = _NAME.sub("N", text)
    text = _NUM.sub("0", text)
    return re.sub(r"0(, 0)+", "0, ...", text)[:80]  # lists of any length: one shape


def message_shape(text: str) -> str:
    """An exception message with numbers and generated names stripped; quoted names (attributes) kept."""
    text = re.sub(r"type object '\w+'", "type object S", text)  # one missing attribute, any class
    text = _NAME.sub("N", text)
    return _NUM.sub("0", text)[:80]


@dataclass(frozen=True)
class Divergence:
    """Targets disagree on one program: the oracle's view, the odd target's view, where they part."""

    oracle: str
    target: str
    expected: View
    actual: View
    first_diff: int               # index of the first differing output line (len if only the ending differs)

    def describe(self) -> str:
        e = self.expected.lines[self.first_diff] if self.first_diff < len(self.expected.lines) else f"<{self.expected.end}>"
        a = self.actual.lines[self.first_diff] if self.first_diff < len(self.actual.lines) else f"<{self.actual.end}>"
        return f"{self.oracle}: {e!r} vs {self.target}: {a!r} (line {self.first_diff + 1})"


def compare(oracle: str, views: dict[str, View]) -> list[Divergence]:
    """Every target whose view differs from the oracle's."""
    exp = views[oracle]
    out = []
    for label, v in views.items():
        if label == oracle or v.agrees(exp):
            continue
        i = 0
        while i < min(len(v.lines), len(exp.lines)) and v.lines[i] == exp.lines[i]:
            i += 1
        out.append(Divergence(oracle, label, exp, v, i))
    return out
