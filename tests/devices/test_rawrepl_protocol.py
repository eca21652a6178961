"""The raw-REPL / raw-paste protocol against a scripted board (no emulator): flow control and fallbacks."""
from __future__ import annotations

import contextlib
import io

import pytest

from mpconform.runners.profiles import get_profile, profile_for_usb
from mpconform.runners.rawrepl import RAW_PROMPT, RawRepl, ReplTimeout


class FakeBoard:
    """A board speaking raw REPL; `paste` is "yes" (R\\x01, window W), "no" (R\\x00) or "old" (1.9.2)."""

    def __init__(self, paste: str = "yes", window: int = 32) -> None:
        self.description = "fake"
        self.paste, self.window = paste, window
        self.out = b""
        self.line = b""
        self.pasting = False
        self.granted = 0
        self.max_unacked = 0

    def write(self, data: bytes) -> None:
        for b in data:
            self._byte(bytes([b]))

    def _byte(self, c: bytes) -> None:
        if self.pasting:
            if c == b"\x04":
                self.pasting = False
                self.out += b"\x04"
                self._run()
                return
            self.line += c
            self.granted -= 1
            assert self.granted >= 0, "host sent more than the granted window"
            if self.granted == 0:
                self.out += b"\x01"
                self.granted = self.window
            return
        if c == b"\x01":
            if self.line == b"\x05A" and self.paste != "old":
                self.line = b""
                if self.paste == "yes":
                    self.out += b"R\x01" + self.window.to_bytes(2, "little")
                    self.pasting, self.granted = True, self.window
                else:
                    self.out += b"R\x00"
                return
            self.line = b""
            self.out += RAW_PROMPT
        elif c == b"\x03":
            self.line = b""
        elif c == b"\x04":
            if not self.line:
                self.out += b"OK\r\nsoft reboot\r\n" + RAW_PROMPT
                return
            self.out += b"OK"
            self._run()
        elif c != b"\r" or self.line:
            self.line += c

    def _run(self) -> None:
        buf, tb = io.StringIO(), b""
        with contextlib.redirect_stdout(buf):
            try:
                exec(self.line.decode(), {})
            except Exception as e:
                tb = f"Traceback (most recent call last):\r\n{type(e).__name__}: {e}\r\n".encode()
        self.line = b""
        self.out += buf.getvalue().replace("\n", "\r\n").encode() + b"\x04" + tb + b"\x04>"

    def read_some(self, timeout: float) -> bytes:
        data, self.out = self.out, b""
        return data

    def close(self) -> None:
        pass


@pytest.mark.parametrize("paste,expect", [("yes", True), ("no", False), ("old", False)])
def test_raw_paste_is_used_or_falls_back(paste, expect):
    board = FakeBoard(paste)
    repl = RawRepl(board)
    repl.enter(1)
    src = b"x = 'abc' * 40\nprint(len(x))\n" + b"# pad\n" * 30
    repl.send_program(src)
    res = repl.follow(1, 1000)
    assert repl.raw_paste is expect
    assert (res.stdout, res.traceback, res.finished) == (b"120\r\n", b"", True)
    repl.soft_reset(1)
    repl.send_program(b"1/0\n")
    res = repl.follow(1, 1000)
    assert b"ZeroDivisionError" in res.traceback


def test_output_cap_stops_reading_and_reports():
    repl = RawRepl(FakeBoard("no"))
    repl.enter(1)
    repl.send_program(b"print('y' * 5000)\n")
    res = repl.follow(1, 100)
    assert len(res.stdout) == 100 and res.truncated == 5002 - 100


def test_silent_board_times_out_bounded():
    class Silent(FakeBoard):
        def write(self, data):
            pass

    with pytest.raises(ReplTimeout):
        RawRepl(Silent()).enter(0.3)


def test_profiles_cover_the_ports_and_usb_ids():
    for name in ("esp8266", "esp32", "rp2", "stm32", "nrf", "samd", "circuitpython", "pycom", "qemu-microbit"):
        assert get_profile(name).baud > 0
    assert profile_for_usb(0x2E8A, 0x0005).name == "rp2"
    assert profile_for_usb(0x0D28, 0x0204).name == "microbit"
    assert profile_for_usb(0x239A, 0x1234).name == "circuitpython"
    assert profile_for_usb(0x1234, 0x5678) is None
    with pytest.raises(KeyError, match="known"):
        get_profile("nope")
