"""The prompt on a tty as the unix port runs it (shared/runtime/pyexec.c): friendly, paste and raw REPL modes."""
from __future__ import annotations

__all__ = ["BANNER", "forward_interrupts", "friendly_repl"]

import _thread
import ctypes
import platform
import signal
import sys

from . import readline as rl
from .internal import InternalError
from .repl import autocomplete, continue_with_input
from .runtime import format_traceback

# The port's first line names its build ("MicroPython 9458e3a23f on 2026-07-05; linux [GCC 14.2.1] version"); the
# reference says what it is in the same shape, with no build date since it has no build.
BANNER = (f"MicroPython mpconform-ref 1.29.0; linux [CPython {platform.python_version()}] version\r\n"
          'Type "help()" for more information.\r\n').encode()
_PASTE_HEADER = b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== "
_WINDOW = 128       # raw-paste flow control: the unix port's window, half its 256-byte buffer

# Ctrl-C while a program runs: the tty sends SIGINT to the host's main thread, which the port's VM would see as
# a pending KeyboardInterrupt; the handler raises one in the thread running the program (None at the prompt).
# It lands between two host bytecodes wherever the evaluator is, where the port checks at its VM's jumps.
_running: list[int | None] = [None]
_aiming = _thread.RLock()     # the handler aims at a thread only while it runs the program (re-entered on a 2nd Ctrl-C)


def _on_sigint(signum, frame) -> None:
    with _aiming:
        if _running[0] is not None:
            _async_raise(_running[0], KeyboardInterrupt)


def _async_raise(ident: int, exc) -> None:
    """Raise `exc` in thread `ident` at its next check; None takes back one not raised yet."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), None if exc is None else ctypes.py_object(exc))


def forward_interrupts() -> None:
    """Install the Ctrl-C handler; only the main thread can, before it starts the thread that runs the REPL."""
    signal.signal(signal.SIGINT, _on_sigint)


class _Session:
    """One REPL on the terminal `fd`: the interpreter whose main module it feeds, and raw bytes out."""

    def __init__(self, interp, fd: int) -> None:
        self.interp, self.fd = interp, fd
        self.write = rl.byte_writer(interp.stdout)

    def complete(self, text: str) -> tuple[str, list[str]]:
        return autocomplete(text, self.names_of)

    def names_of(self, path: list[str]) -> list[str] | None:
        """The names Tab offers after `a.b.` (path ['a', 'b']): dir() of that object, found from __main__'s
        globals as the port's module lookup does (no builtins); with no path, __main__'s own names, the port's
        __class__/__name__/__dict__ first. None when a name is not there."""
        g, b = self.interp.main_globals, self.interp.builtins
        if not path:
            return ["__class__", "__name__", "__dict__"] + [k for k in g if k not in ("__name__", "__file__")]
        try:
            obj = g[path[0]]
            for name in path[1:]:
                obj = b["getattr"](obj, name)
            return list(b["dir"](obj))
        except Exception:   # noqa: BLE001 - whatever the lookup raises, Tab offers nothing (as the port)
            return None

    def execute(self, src: bytes, mode: str, eof_marks: bool = False) -> None:
        """parse_compile_execute: run with the tty as the program found it (echo on, Ctrl-C a signal); a
        traceback goes to stdout; raw REPL marks the end of output and of the traceback with Ctrl-D."""
        interp = self.interp
        ident = _running[0] = _thread.get_ident()
        err = None
        try:
            try:
                interp.compile_source(src.decode("utf-8", "replace"), "<stdin>", interp.main_globals, mode)()
            finally:
                with _aiming:
                    _running[0] = None
        except (SystemExit, InternalError):
            raise       # SystemExit ends the REPL with its code; a defect of the reference ends the run
        except BaseException as e:  # noqa: BLE001 - the prompt survives every program exception
            err = e     # a Ctrl-C that arrives as the program ends is its KeyboardInterrupt, as on the port
        _async_raise(ident, None)
        self.report(err, eof_marks)

    def report(self, err: BaseException | None, eof_marks: bool) -> None:
        """After a run: the traceback if it raised; the raw REPL's Ctrl-D after the output and after that."""
        out = self.interp.stdout
        out.flush()
        if eof_marks:
            self.write(b"\x04")
        if err is not None:
            out.write(format_traceback(err))
            out.flush()
        if eof_marks:
            self.write(b"\x04")

    def friendly(self) -> str:
        """pyexec_friendly_repl; returns 'raw' when Ctrl-A asks for the raw REPL, 'exit' on Ctrl-D."""
        self.write(BANNER)
        while True:
            line = bytearray()
            with rl.raw_mode(self.fd):
                ret = rl.readline(self.fd, self.write, line, b">>> ", self.complete)
                mode = "single"
                if ret == rl.CTRL_A:
                    self.write(b"\r\n")
                    return "raw"
                if ret == rl.CTRL_B:
                    self.write(b"\r\n" + BANNER)
                    continue
                if ret == rl.CTRL_C:
                    self.write(b"\r\n")
                    continue
                if ret == rl.CTRL_D:
                    self.write(b"\r\n")
                    return "exit"
                if ret == rl.CTRL_E:
                    if not self.paste(line):
                        continue
                    mode = "paste"
                elif not self.more_lines(line):
                    continue
            self.execute(bytes(line), mode)

    def more_lines(self, line: bytearray) -> bool:
        """Continuation lines under '... ' while the text asks for them; False when Ctrl-C cancelled it all."""
        while continue_with_input(line.decode("utf-8", "replace")):
            line += b"\n"
            ret = rl.readline(self.fd, self.write, line, b"... ", self.complete)
            if ret == rl.CTRL_C:
                self.write(b"\r\n")
                return False
            if ret == rl.CTRL_D:
                break       # stop entering the compound statement: what there is runs
        return True

    def paste(self, line: bytearray) -> bool:
        """Paste mode: bytes as they come, echoed, '=== ' after each line; Ctrl-D runs them, Ctrl-C drops them."""
        self.write(_PASTE_HEADER)
        while True:
            c = rl.read_byte(self.fd)
            if c in (rl.CTRL_C, rl.CTRL_D):
                self.write(b"\r\n")
                return c == rl.CTRL_D
            line.append(c)
            self.write(b"\r\n=== " if c in (10, 13) else bytes([c]))

    def raw(self) -> str:
        """pyexec_raw_repl: '>', a command, 'OK' and its run between Ctrl-D marks; 'friendly' on Ctrl-B, 'exit' on
        Ctrl-D alone."""
        self.write(b"raw REPL; CTRL-B to exit\r\n")
        while True:
            with rl.raw_mode(self.fd):
                self.write(b">")    # once the tty is raw: keys sent on seeing it are not echoed by the tty
                kind, src = self.raw_command()
            if kind == "friendly":
                return kind
            if kind == "run":
                self.write(b"OK")
                if not src:
                    self.write(b"\r\n")
                    return "exit"
            if src is None:         # Ctrl-C cut a raw paste short: the port raises as its reader stops
                self.report(KeyboardInterrupt(), eof_marks=True)
            else:
                self.execute(src, "exec", eof_marks=True)

    def raw_command(self) -> tuple[str, bytes | None]:
        """Bytes up to Ctrl-D: ('run', source); ('paste', source or None) for raw-paste mode (Ctrl-E 'A' Ctrl-A);
        ('friendly', b'') on Ctrl-B."""
        line = bytearray()
        while True:
            c = rl.read_byte(self.fd)
            if c == rl.CTRL_A and line == b"\x05A":
                return "paste", self.raw_paste()
            if c == rl.CTRL_A:
                self.write(b"raw REPL; CTRL-B to exit\r\n>")
                line.clear()
            elif c == rl.CTRL_B:
                self.write(b"\r\n")
                return "friendly", b""
            elif c == rl.CTRL_C:
                line.clear()
            elif c == rl.CTRL_D:
                return "run", bytes(line)
            else:
                line.append(c)

    def raw_paste(self) -> bytes | None:
        """Raw-paste input with the port's flow control (mp_reader_stdin): 'R\\x01', the window size W and a grant
        of a second window; a grant (\\x01) each W bytes read; Ctrl-D ends it (None on Ctrl-C), acknowledged."""
        self.write(b"R\x01" + _WINDOW.to_bytes(2, "little") + b"\x01")
        src = bytearray()
        while True:
            c = rl.read_byte(self.fd)
            if c in (rl.CTRL_C, rl.CTRL_D):
                self.write(b"\x04")
                return bytes(src) if c == rl.CTRL_D else None
            src.append(c)
            if len(src) % _WINDOW == 0:
                self.write(b"\x01")


def friendly_repl(interp, fd: int | None = None) -> int:
    """The REPL until Ctrl-D or end of input (exit code 0); sys.exit's SystemExit propagates to the caller."""
    s = _Session(interp, sys.stdin.fileno() if fd is None else fd)
    mode = "friendly"
    rl.read_history()
    try:
        while mode != "exit":
            mode = s.raw() if mode == "raw" else s.friendly()
    except EOFError:
        pass        # the terminal hung up (the port would read Ctrl-D from it forever)
    finally:
        rl.write_history()
    return 0
