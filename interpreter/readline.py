"""Line editing at the prompt, as the port's lib/mp-readline/readline.c: echo, keys, redraws, auto-indent, history."""
from __future__ import annotations

__all__ = ["CTRL_A", "CTRL_B", "CTRL_C", "CTRL_D", "CTRL_E", "byte_writer", "raw_mode", "read_byte", "read_history",
           "readline", "tty_input", "write_history"]

import contextlib
import os
import termios

from .repl import format_completions

CTRL_A, CTRL_B, CTRL_C, CTRL_D, CTRL_E, CTRL_F, CTRL_K, CTRL_N, CTRL_P, CTRL_U = 1, 2, 3, 4, 5, 6, 11, 14, 16, 21
_TAB, _ESC, _CR, _BS, _DEL = 9, 27, 13, 8, 127
# Escape sequences (VT100 cursor keys) map to the editing action the C code jumps to.
_BRACKET_KEYS = {ord("A"): "up", ord("B"): "down", ord("C"): "right", ord("D"): "left", ord("H"): "home",
                 ord("F"): "end"}
_TILDE_KEYS = {ord("1"): "home", ord("7"): "home", ord("4"): "end", ord("8"): "end", ord("3"): "delete"}
_HISTORY_SIZE = 50          # the unix port's MICROPY_READLINE_HISTORY_SIZE (measured: the 51st line back is gone)
_history: list[bytes] = []  # most recent first; one per process, as the port's MP_STATE_PORT(readline_hist)


def _push_history(entry: bytes) -> None:
    """readline_push_history: a line that is not empty nor the same as the last one."""
    if entry and (not _history or _history[0] != entry):
        _history.insert(0, bytes(entry))
        del _history[_HISTORY_SIZE:]


def _history_path() -> str | None:
    home = os.environ.get("HOME")
    return os.path.join(home, ".micropython.history") if home else None


def read_history() -> None:
    """The unix port's prompt_read_history: the lines of ~/.micropython.history, oldest first, empty ones
    skipped. The file is the port's own: the reference and the port share what was typed, as two builds would."""
    path = _history_path()
    if path is None:
        return
    try:
        with open(path, "rb") as fh:
            lines = fh.read().split(b"\n")
    except OSError:
        return
    for line in lines:
        _push_history(line)


def write_history() -> None:
    """The unix port's prompt_write_history, when the REPL ends: the history, oldest first, a line each."""
    path = _history_path()
    if path is None:
        return
    try:
        with open(path, "wb") as fh:
            fh.write(b"".join(h + b"\n" for h in reversed(_history)))
    except OSError:
        pass


@contextlib.contextmanager
def raw_mode(fd: int):
    """The tty as the unix port's mp_hal_stdio_mode_raw sets it: no echo, no line discipline, no signals (Ctrl-C
    arrives as a byte), output processing kept (so '\\r\\n' written reaches the screen as '\\r\\r\\n')."""
    old = termios.tcgetattr(fd)
    new = list(old)
    new[0] &= ~(termios.BRKINT | termios.ICRNL | termios.INPCK | termios.ISTRIP | termios.IXON)
    new[2] = (new[2] & ~(termios.CSIZE | termios.PARENB)) | termios.CS8
    new[3] = 0
    new[6] = list(old[6])
    new[6][termios.VMIN], new[6][termios.VTIME] = 1, 0
    termios.tcsetattr(fd, termios.TCSANOW, new)     # keys typed ahead are kept, as the port keeps them
    try:
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSANOW, old)


def read_byte(fd: int) -> int:
    """One byte from the terminal; EOFError when it is gone (the port would read Ctrl-D forever)."""
    try:
        b = os.read(fd, 1)
    except OSError as e:        # EIO: the pty's other side closed
        raise EOFError from e
    if not b:
        raise EOFError
    return b[0]


def byte_writer(out):
    """A function writing bytes to the text stream `out` as they are (its buffer when it has one)."""
    buffer = getattr(out, "buffer", None)

    def write(b: bytes) -> None:
        out.flush()
        if buffer is None:
            out.write(b.decode("utf-8", "replace"))
            out.flush()
        else:
            buffer.write(b)
            buffer.flush()
    return write


def _back(n: int) -> bytes:
    """mp_hal_move_cursor_back: backspaces for a short move, a VT100 command for a long one."""
    return b"\b" * n if n <= 4 else b"\x1b[%dD" % n


class _Editor:
    """One readline call's state (readline.c's `rl`): the whole input so far, where this line starts, the cursor."""

    def __init__(self, line: bytearray, write, prompt: bytes, complete) -> None:
        self.line, self.write, self.prompt, self.complete = line, write, prompt, complete
        self.orig = self.cursor = len(line)
        self.hist_cur = -1          # which history entry the line shows; -1: the one being typed

    def auto_indent(self) -> None:
        """readline_auto_indent: the previous line's indent, one level more after ':', none after two blank lines."""
        line = self.line
        if len(line) < 2 or line[-1] != ord("\n"):
            return
        start = line.rfind(b"\n", 0, len(line) - 1) + 1
        first = start
        while first < len(line) and line[first] == ord(" "):
            first += 1
        if start > 0 and first + 1 == len(line):            # the previous line was all spaces...
            prev = line.rfind(b"\n", 0, start - 1) + 1
            if not line[prev:start - 1].strip(b" "):         # ...and the one before it too: stop indenting
                return
        n = (first - start) // 4 + (line[-2] == ord(":"))
        line += b"    " * n
        self.write(b"    " * n)
        self.cursor = len(line)

    def key(self, c: int) -> int | None:
        """Process one byte of a plain (non-escape) key; returns a code ending the line, else None."""
        line, orig = self.line, self.orig
        if CTRL_A <= c <= CTRL_E and len(line) == orig:
            return c                                          # a control key on an empty line: pyexec acts on it
        if c == _CR:
            self.write(b"\r\n")
            _push_history(line[orig:])
            return 0
        if c == CTRL_C:
            return c
        action = {CTRL_A: "home", CTRL_B: "left", CTRL_D: "delete", CTRL_E: "end", CTRL_F: "right", CTRL_N: "down",
                  CTRL_P: "up"}.get(c)
        if action:
            self.edit(action)
        elif c == CTRL_K:
            self.redraw(len(line), cut=(self.cursor, len(line)))
        elif c == CTRL_U:
            self.redraw(len(line), back=self.cursor - orig, cut=(orig, self.cursor))
        elif c in (_BS, _DEL) and self.cursor > orig:
            spaces = self.line[orig:self.cursor]
            n = 4 if len(spaces) >= 4 and not spaces.strip(b" ") else 1   # a whole indent level at once
            self.redraw(len(line), back=n, cut=(self.cursor - n, self.cursor))
        elif c == _TAB and self.complete is not None:
            self.tab()
        elif 32 <= c <= 126:        # printable ASCII only: the port drops other bytes (measured: "é" vanishes)
            last = len(line)
            line.insert(self.cursor, c)
            self.redraw(last, forward=1)
        return None

    def tab(self) -> None:
        """Tab: insert the completion of the word before the cursor, or list the names it could become and show
        the prompt and line again below them (readline.c's 'tab magic')."""
        insert, names = self.complete(self.line[self.orig:self.cursor].decode())
        last = len(self.line)
        if names:
            self.write(format_completions(names).encode() + self.prompt + bytes(self.line[self.orig:]))
            self.redraw(last)
        elif insert:
            self.line[self.cursor:self.cursor] = insert.encode()
            self.redraw(last, forward=len(insert))

    def edit(self, action: str) -> None:
        """A cursor key: move the cursor, or delete the byte under it."""
        if action == "left" and self.cursor > self.orig:
            self.redraw(len(self.line), back=1, from_cursor=False)
        elif action == "right" and self.cursor < len(self.line):
            self.redraw(len(self.line), forward=1, from_cursor=False)
        elif action == "home":
            self.redraw(len(self.line), back=self.cursor - self.orig, from_cursor=False)
        elif action == "end":
            self.redraw(len(self.line), forward=len(self.line) - self.cursor, from_cursor=False)
        elif action == "delete" and self.cursor < len(self.line):
            self.redraw(len(self.line), cut=(self.cursor, self.cursor + 1))
        elif action == "up" and self.hist_cur + 1 < len(_history):
            self.hist_cur += 1
            self.recall(_history[self.hist_cur])
        elif action == "down" and self.hist_cur >= 0:
            self.hist_cur -= 1
            self.recall(_history[self.hist_cur] if self.hist_cur >= 0 else b"")

    def recall(self, entry: bytes) -> None:
        """Show a history entry in place of what was typed on this line, the cursor at its end."""
        last = len(self.line)
        del self.line[self.orig:]
        self.line += entry
        self.redraw(last, back=self.cursor - self.orig, forward=len(entry))

    def redraw(self, last: int, back: int = 0, forward: int = 0, cut=None, from_cursor: bool = True) -> None:
        """readline.c's redraw at the end of each key: step back, cut, redraw the tail from the cursor, step on."""
        if cut is not None:
            del self.line[cut[0]:cut[1]]
        if back:
            self.write(_back(back))
            self.cursor -= back
        if from_cursor:
            if len(self.line) < last:
                self.write(b"\x1b[K")
            self.write(bytes(self.line[self.cursor:]))
            n = len(self.line) - (self.cursor + forward)
            if n:
                self.write(_back(n))
            self.cursor += forward
        elif forward:
            self.write(bytes(self.line[self.cursor:self.cursor + forward]))
            self.cursor += forward


def readline(fd: int, write, line: bytearray, prompt: bytes, complete=None) -> int:
    """Edit one line appended to `line` (which holds the statement so far): 0 when Enter ended it, else the
    control key (Ctrl-A..E on an empty line, Ctrl-C) pyexec must act on. `complete(text)` is what Tab does
    (repl.autocomplete's answer for the text before the cursor); without it Tab does nothing."""
    write(prompt)
    ed = _Editor(line, write, prompt, complete)
    ed.auto_indent()
    while True:
        c = read_byte(fd)
        if c != _ESC:
            code = ed.key(c)
            if code is not None:
                return code
            continue
        c = read_byte(fd)
        if c not in (ord("["), ord("O")):
            continue
        c = read_byte(fd)
        if ord("0") <= c <= ord("9"):
            if read_byte(fd) == ord("~") and c in _TILDE_KEYS:
                ed.edit(_TILDE_KEYS[c])
        elif c in _BRACKET_KEYS:
            ed.edit(_BRACKET_KEYS[c])


def tty_input(stream, out, prompt: str) -> str | None:
    """input() when `stream` is a terminal, as the port's: the prompt's line editing, KeyboardInterrupt on Ctrl-C,
    EOFError on Ctrl-D with nothing typed; None when `stream` is no terminal."""
    try:
        fd = stream.fileno() if stream.isatty() else None
    except (AttributeError, OSError, ValueError):   # a closed stream, or an in-memory one
        fd = None
    if fd is None:
        return None
    line = bytearray()
    write = byte_writer(out)
    write(prompt.encode())      # before the tty goes raw, as the port: keys typed at once are echoed twice
    with raw_mode(fd):
        code = readline(fd, write, line, b"")
    if code == CTRL_C:
        raise KeyboardInterrupt
    if code == CTRL_D:
        raise EOFError
    return line.decode("utf-8", "replace")
