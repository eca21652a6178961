"""Reading traceback text (CPython's, MicroPython's, a board's raw-REPL error section) into one small value.

Every part of mpconform that needs to know how a program ended reads the text here: the runners (which
exception ended it), the judge (messages dropped for type-only tests), the explainer, the fuzzer's views.

The formats it reads, with output of the program before or after the block (CPython flushes a piped
stdout after printing the traceback, MicroPython before), `\\r\\n` line ends, and text cut short:

    Traceback (most recent call last):          MicroPython and CPython; CPython adds source lines and
      File "main.py", line 5, in <module>       carets under each frame (indented, so part of the block)
      File "main.py", line 3, in f
    ZeroDivisionError: divide by zero

      File "main.py", line 2                    CPython's compile error of the main file: no header
        def f(:
    SyntaxError: invalid syntax

    MemoryError: memory allocation failed       a board's error section when compiling ran out of memory
                                                (read only when the caller says the text is that section)

CPython's chained tracebacks ("During handling of the above exception, ...") are one block: the frames,
type and message are those of the exception that ended the program.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["HEADER", "Frame", "Traceback", "parse_traceback", "output_lines", "strip_messages"]

HEADER = "Traceback (most recent call last):"

_NAME = r"[A-Za-z_][\w.]*"
#: Endings of the exception names that are trusted without a header to vouch for the line.
_KNOWN_ENDINGS = r"(?:Error|Exception|Exit|Interrupt|Iteration|Warning)"
_EXCEPTION = re.compile(rf"({_NAME})(?::\s?(.*))?$")                 # under a header: any class name
_KNOWN_EXCEPTION = re.compile(rf"({_NAME}{_KNOWN_ENDINGS}):\s?(.*)$")  # without one: a built-in's name
_FRAME = re.compile(r'\s+File "([^"]*)", line (\d+)(?:, in (.+))?')
_CHAIN = ("During handling of the above exception, another exception occurred:",
          "The above exception was the direct cause of the following exception:")
# Program output kept as bytes (the judge compares bytes): the same line shape, as a bytes pattern.
_KNOWN_LINE_BYTES = re.compile(rf"^({_NAME}{_KNOWN_ENDINGS}):.*$".encode(), re.M)


@dataclass(frozen=True)
class Frame:
    """One `File "x", line N[, in f]` line of a traceback."""

    file: str
    line: int
    function: str | None = None  # None where the format names none (compile errors)


@dataclass(frozen=True)
class Traceback:
    """The traceback that ended a program: its frames (outermost first), the exception, where it sits."""

    frames: tuple[Frame, ...]
    exc_type: str | None          # the class name without its module (json.decoder.JSONDecodeError → ...Error);
                                  # None when the text stops before the exception line
    message: str                  # what follows `Type: ` ("" when nothing does)
    exc_line: str                 # the exception line as printed, stripped
    header: bool                  # False for CPython's compile errors and a board's bare error line
    start: int                    # the block is output_lines(text)[start:stop]; the rest is the program's output
    stop: int

    @property
    def line(self) -> int | None:
        """The program line the exception came from (the innermost frame's), if a frame says."""
        return self.frames[-1].line if self.frames else None


def output_lines(text: str | bytes) -> list[str]:
    """The lines of a program's output as the parser counts them: any line end, trailing blanks dropped."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def parse_traceback(text: str | bytes, *, error_section: bool = False) -> Traceback | None:
    """The last traceback in a program's output, or None if there is none. `error_section`: the text is
    only what a board printed after its stdout (raw REPL), so a lone `Type: message` line counts too."""
    lines = output_lines(text)
    headers = [i for i, ln in enumerate(lines) if ln.startswith(HEADER[:-1])]
    if headers:
        return _block(lines, _chain_start(lines, headers), headers[-1] + 1, header=True)
    frame = next((i for i, ln in enumerate(lines) if _FRAME.match(ln)), None)
    if frame is not None:
        tb = _block(lines, frame, frame, header=False)
        return tb if tb.exc_type else None  # indented `File "..."` text a program printed is not a traceback
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if error_section and last is not None:
        m = _EXCEPTION.match(lines[last].strip())
        if m:
            return Traceback((), _short(m.group(1)), m.group(2) or "", lines[last].strip(), False, last, last + 1)
    return None


def strip_messages(output: bytes) -> bytes:
    """Every line that reads as a built-in exception's `Type: message`, reduced to `Type`: for tests whose
    messages differ by design. Lines the program printed itself count too (tests print caught exceptions)."""
    return _KNOWN_LINE_BYTES.sub(rb"\1", output)


def _chain_start(lines: list[str], headers: list[int]) -> int:
    """The first header of the chain that ends at the last one (CPython prints a cause before its effect)."""
    k = len(headers) - 1
    while k > 0:
        h = headers[k]
        if not (h >= 3 and lines[h - 1] == "" and lines[h - 2] in _CHAIN and lines[h - 3] == ""):
            break
        k -= 1
    return headers[k]


def _block(lines: list[str], start: int, body: int, *, header: bool) -> Traceback:
    """Frames from `body` on (indented lines and blank ones), then the exception line."""
    frames = []
    i = body
    while i < len(lines) and (not lines[i] or lines[i][0].isspace()):
        m = _FRAME.match(lines[i])
        if m:
            frames.append(Frame(m.group(1), int(m.group(2)), m.group(3)))
        i += 1
    if i == len(lines):  # cut before the exception line (output limit, lost link)
        return Traceback(tuple(frames), None, "", "", header, start, i)
    exc_line = lines[i].strip()
    m = (_EXCEPTION if header else _KNOWN_EXCEPTION).match(exc_line)
    exc, message = (_short(m.group(1)), m.group(2) or "") if m else (None, "")
    return Traceback(tuple(frames), exc, message, exc_line, header, start, i + 1)


def _short(name: str) -> str:
    return name.rsplit(".", 1)[-1]
