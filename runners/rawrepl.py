"""MicroPython's raw REPL and raw-paste protocol over any byte transport, with a bound on every wait.

The protocol (see ../shared/TARGETS.md): `\\r\\x01` enters raw REPL (`raw REPL; CTRL-B to exit\\r\\n>`);
a program followed by `\\x04` runs it and the board answers `OK`, stdout, `\\x04`, traceback, `\\x04`, `>`.
Raw-paste (`\\x05A\\x01` → `R\\x01`) adds flow control by windows; firmware older than 1.14 answers
something else and we fall back to chunked plain raw REPL. This module knows nothing about ports,
processes or resets: a `Transport` moves bytes, the runner decides how to recover.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol

from .errors import LinkError, ProtocolError

__all__ = ["Transport", "RawRepl", "ExecResult", "ReplTimeout", "RAW_PROMPT"]

RAW_PROMPT = b"raw REPL; CTRL-B to exit\r\n>"
SOFT_REBOOT = b"soft reboot\r\n"


class Transport(Protocol):
    """A byte pipe to a board. `read_some` returns b"" when nothing came in `timeout` seconds and raises
    LinkError when the pipe is gone (port vanished, socket closed)."""

    description: str

    def write(self, data: bytes) -> None: ...

    def read_some(self, timeout: float) -> bytes: ...

    def close(self) -> None: ...


class ReplTimeout(ProtocolError):
    """A bounded wait in the protocol ran out. The runner normally turns it into recovery; one that escapes
    is still a link error of the harness, never a crash of the engine."""

    def __init__(self, waiting_for: str, received: bytes) -> None:
        super().__init__(f"timed out waiting for {waiting_for}; last bytes received: {received[-80:]!r}")
        self.waiting_for = waiting_for
        self.received = received


@dataclass(frozen=True)
class ExecResult:
    """What the board sent back for one program, before classification."""

    stdout: bytes          # the program's output, cut at max_output
    traceback: bytes       # the error section (empty when the program ended normally)
    timed_out: bool        # the host's deadline passed before the end markers arrived
    truncated: int         # bytes of output dropped because of max_output (0 = none)
    finished: bool         # the board reached the prompt again (False: needs recovery)


class RawRepl:
    """The raw-REPL dialogue with one board; `raw_paste` is None until probed, then True/False."""

    def __init__(self, transport: Transport, *, chunk_size: int = 256, chunk_pause: float = 0.0,
                 raw_paste: bool | None = None, target: str = "") -> None:
        self.transport = transport
        self.chunk_size = max(1, chunk_size)
        self.chunk_pause = chunk_pause
        self.raw_paste = raw_paste
        self.target = target
        self._buf = b""
        self.markers_pending = 0  # end-of-section markers still owed by a program we stopped waiting for

    # -- low level ------------------------------------------------------------------------------
    def _fill(self, deadline: float) -> bool:
        """Read whatever arrives before `deadline` into the buffer; False if nothing did."""
        left = deadline - time.monotonic()
        data = self.transport.read_some(max(0.0, min(left, 0.25)))
        if data:
            self._buf += data
            return True
        return False

    def read_until(self, marker: bytes, timeout: float, *, what: str | None = None) -> bytes:
        """Bytes before `marker` (the marker is consumed); ReplTimeout if it did not come in time."""
        deadline = time.monotonic() + timeout
        while True:
            i = self._buf.find(marker)
            if i >= 0:
                out, self._buf = self._buf[:i], self._buf[i + len(marker):]
                return out
            if time.monotonic() >= deadline:
                raise ReplTimeout(what or repr(marker), self._buf)
            self._fill(deadline)

    def read_exact(self, n: int, timeout: float, *, what: str) -> bytes:
        """Exactly `n` bytes, or ReplTimeout."""
        deadline = time.monotonic() + timeout
        while len(self._buf) < n:
            if time.monotonic() >= deadline:
                raise ReplTimeout(what, self._buf)
            self._fill(deadline)
        out, self._buf = self._buf[:n], self._buf[n:]
        return out

    def drain(self, quiet: float = 0.05, limit: float = 1.0) -> bytes:
        """Discard input until the line has been quiet for `quiet` seconds (at most `limit` in total)."""
        end = time.monotonic() + limit
        got = self._buf
        self._buf = b""
        while time.monotonic() < end:
            data = self.transport.read_some(quiet)
            if not data:
                break
            got += data
        return got

    def write(self, data: bytes) -> None:
        self.transport.write(data)

    def write_chunked(self, data: bytes) -> None:
        """Plain raw REPL: small chunks with a pause, so a real board's input buffer does not overflow."""
        if self.chunk_pause <= 0:
            self.transport.write(data)
            return
        for i in range(0, len(data), self.chunk_size):
            self.transport.write(data[i:i + self.chunk_size])
            time.sleep(self.chunk_pause)

    # -- protocol steps ---------------------------------------------------------------------------
    def enter(self, timeout: float = 3.0) -> None:
        """Interrupt whatever runs and enter raw REPL; ReplTimeout if the prompt does not come."""
        deadline = time.monotonic() + timeout
        self.write(b"\r\x03\x03")
        self.drain(quiet=0.05, limit=min(1.0, timeout / 3))
        attempt = 0
        while True:
            self.write(b"\r\x01")
            try:
                self.read_until(RAW_PROMPT, min(1.0, max(0.05, deadline - time.monotonic())),
                                what="the raw REPL prompt")
                self._discard_pending_prompt()
                return
            except ReplTimeout:
                attempt += 1
                if time.monotonic() >= deadline:
                    raise
                # A board still booting or busy: interrupt again and retry.
                self.write(b"\r\x03\x03")
                self.drain(quiet=0.05, limit=0.3)

    def _discard_pending_prompt(self) -> None:
        """After `\\r\\x01` some boards echo an extra prompt; keep the buffer from starting with junk."""
        if self._buf.strip(b"\r\n>") == b"":
            self._buf = b""

    def soft_reset(self, timeout: float = 3.0) -> None:
        """Soft-reset from the raw REPL and wait (bounded) to be back at the raw prompt.

        Old firmware may skip the `soft reboot` banner; we only wait for the raw prompt, which every
        version prints on re-entry, and raise ReplTimeout if even that does not come.
        """
        self.write(b"\x04")
        self.read_until(RAW_PROMPT, timeout, what="the raw REPL prompt after a soft reset")

    def probe_raw_paste(self, timeout: float = 1.0) -> bool:
        """Ask for raw-paste; remember the answer. Leaves the board in raw REPL either way."""
        self.write(b"\x05A\x01")
        head = self.read_exact(2, timeout, what="the raw-paste answer")
        if head == b"R\x01":
            self.raw_paste = True
            return True
        if head == b"R\x00":
            self.raw_paste = False      # the board understood and stays in raw REPL, waiting for input
            return False
        # Firmware before 1.14 took \x05A as input and \x01 as "re-enter raw REPL": it prints the prompt.
        self._buf = head + self._buf
        self.read_until(RAW_PROMPT, timeout, what="the raw REPL prompt after an unsupported raw-paste probe")
        self.raw_paste = False
        return False

    def _send_raw_paste(self, source: bytes, timeout: float) -> None:
        """Send one program under raw-paste flow control (the probe already answered R\\x01)."""
        deadline = time.monotonic() + timeout
        wsize = int.from_bytes(self.read_exact(2, timeout, what="the raw-paste window size"), "little")
        if wsize <= 0:
            raise ProtocolError("raw-paste window size 0 from the board", target=self.target)
        window = wsize
        i = 0
        while i < len(source):
            while window == 0 or self._buf:
                if not self._buf:
                    self._fill(deadline)
                    if time.monotonic() >= deadline and not self._buf:
                        raise ReplTimeout("a raw-paste window grant", self._buf)
                    continue
                b, self._buf = self._buf[:1], self._buf[1:]
                if b == b"\x01":
                    window += wsize
                elif b == b"\x04":
                    # The board asks to stop early (e.g. out of memory while compiling): acknowledge.
                    self.write(b"\x04")
                    return
                else:
                    raise ProtocolError(
                        f"expected a raw-paste flow-control byte (\\x01 or \\x04), got {b!r}", target=self.target)
            n = min(window, len(source) - i)
            self.write(source[i:i + n])
            window -= n
            i += n
        self.write(b"\x04")
        self.read_until(b"\x04", max(0.1, deadline - time.monotonic()), what="the raw-paste end acknowledgement")

    def send_program(self, source: bytes, timeout: float = 5.0) -> None:
        """Hand the program to the board (raw-paste when available) up to the point where it starts."""
        if self.raw_paste is None:
            self.probe_raw_paste(min(timeout, 1.0))
            if self.raw_paste:
                self._send_raw_paste(source, timeout)
                return
        elif self.raw_paste:
            self.write(b"\x05A\x01")
            head = self.read_exact(2, timeout, what="the raw-paste answer")
            if head != b"R\x01":
                raise ProtocolError(f"raw-paste was supported earlier but the board now answers {head!r}",
                                    target=self.target)
            self._send_raw_paste(source, timeout)
            return
        self.write_chunked(source + b"\x04")
        ok = self.read_exact(2, timeout, what="OK after sending the program")
        if ok != b"OK":
            raise ProtocolError(f"expected OK after sending the program, got {ok + self._buf[:60]!r}",
                                target=self.target)

    def follow(self, timeout: float, max_output: int) -> ExecResult:
        """Collect stdout and traceback until the end markers, the deadline or `max_output` bytes: past the
        cap we stop (truncated > 0, finished False) and the caller interrupts the program."""
        deadline = time.monotonic() + timeout
        sections: list[bytes] = []
        kept = 0
        dropped = 0
        current = b""
        while len(sections) < 2:
            i = self._buf.find(b"\x04")
            chunk = self._buf if i < 0 else self._buf[:i]
            room = max(0, max_output - kept)
            current += chunk[:room]
            kept += min(room, len(chunk))
            dropped += max(0, len(chunk) - room)
            if i >= 0:
                self._buf = self._buf[i + 1:]
                sections.append(current)
                current = b""
                continue
            self._buf = b""
            if dropped:
                # Over the cap: stop listening; the runner interrupts the program (as local runners kill it).
                self.markers_pending = 2 - len(sections)
                sections.append(current)
                while len(sections) < 2:
                    sections.append(b"")
                return ExecResult(sections[0], sections[1], False, dropped, False)
            if time.monotonic() >= deadline:
                self.markers_pending = 2 - len(sections)
                sections.append(current)
                while len(sections) < 2:
                    sections.append(b"")
                return ExecResult(sections[0], sections[1], True, dropped, False)
            self._fill(deadline)
        try:
            self.read_until(b">", 2.0, what="the raw REPL prompt after the program")
            finished = True
        except ReplTimeout:
            finished = False
        return ExecResult(sections[0], sections[1], False, dropped, finished)

    def interrupt(self, timeout: float = 1.5) -> bool:
        """Ctrl-C a running program and wait for it to end; True when the board is back at the prompt."""
        self.write(b"\x03")
        end = time.monotonic() + timeout
        need = self.markers_pending or 2
        seen = 0
        # The rest of the output, the KeyboardInterrupt traceback and the prompt follow: count markers.
        while time.monotonic() < end:
            i = self._buf.find(b"\x04")
            if i >= 0:
                self._buf = self._buf[i + 1:]
                seen += 1
                if seen == need:
                    try:
                        self.read_until(b">", max(0.05, end - time.monotonic()), what="prompt")
                        self.markers_pending = 0
                        return True
                    except ReplTimeout:
                        return False
                continue
            self._buf = b""
            if not self._fill(end):
                self.write(b"\x03")
        return False

    def exec_simple(self, source: bytes, timeout: float = 5.0) -> tuple[bytes, bytes]:
        """Run a short helper snippet (uploads, probes); raises ReplTimeout rather than recovering."""
        self.send_program(source, timeout)
        res = self.follow(timeout, 1 << 20)
        if res.timed_out or not res.finished:
            raise ReplTimeout("the end of a helper snippet", res.stdout + res.traceback)
        return res.stdout, res.traceback

    def leave(self) -> None:
        """Back to the friendly REPL (Ctrl-B); best effort."""
        try:
            self.write(b"\x02")
        except LinkError:
            pass
