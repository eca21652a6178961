"""time: MicroPython's ticks arithmetic and sleeps on the runtime's (virtual) clock; sleeping fires board timers."""
from __future__ import annotations

import time as _host_time
from typing import Any

from mpconform.interpreter.lib._board import board_for

__all__ = ["make_module", "TICKS_PERIOD"]

# The unix port (64-bit) wraps ticks at MP_SMALL_INT_POSITIVE_MASK + 1 = 2**62; boards use 2**30.
TICKS_PERIOD = 1 << 62
_HALF = TICKS_PERIOD // 2
_MASK = TICKS_PERIOD - 1


def _int(x: object) -> int:
    """Integer argument as mp_obj_get_int takes it."""
    if isinstance(x, bool):
        return int(x)
    if isinstance(x, int):
        return x
    raise TypeError(f"can't convert {type(x).__name__} to int")


def ticks_add(ticks: object, delta: object) -> int:
    """(ticks + delta) wrapped; |delta| must stay below half the period."""
    d = _int(delta)
    if d <= -_HALF or d >= _HALF:
        raise OverflowError("ticks interval overflow")
    return (_int(ticks) + d) & _MASK


def ticks_diff(end: object, start: object) -> int:
    """Signed difference end - start on the ticks circle."""
    return ((_int(end) - _int(start) + _HALF) & _MASK) - _HALF


def _time_tuple(t: _host_time.struct_time) -> tuple:
    """MicroPython's 9-tuple (year, month, mday, hour, minute, second, weekday, yearday, isdst)."""
    return tuple(t)[:9]


def make_module(rt: Any) -> dict[str, object]:
    """The time module of runtime `rt`."""
    board = board_for(rt)

    def ticks_ms():
        return (board.read_us() // 1000) & _MASK

    def ticks_us():
        return board.read_us() & _MASK

    def ticks_cpu():
        return board.read_us() & _MASK

    def sleep(seconds):
        if not isinstance(seconds, (int, float)):
            raise TypeError(f"can't convert {type(seconds).__name__} to float")
        if seconds > 0:
            board.advance_us(round(seconds * 1_000_000))

    def sleep_ms(ms):
        ms = _int(ms)
        if ms > 0:
            board.advance_us(ms * 1000)

    def sleep_us(us):
        us = _int(us)
        if us > 0:
            board.advance_us(us)

    # Wall-clock time starts at the host's time and then moves with the (virtual) board clock, so that
    # time.time() agrees with sleeps: t = time(); sleep(1); time() - t >= 1.
    epoch_ns = _host_time.time_ns() - board.now_us() * 1000

    def time_():
        return (epoch_ns + board.now_us() * 1000) / 1e9

    def time_ns():
        return epoch_ns + board.now_us() * 1000

    def gmtime(secs=None):
        return _time_tuple(_host_time.gmtime(time_() if secs is None else _int(secs)))

    def localtime(secs=None):
        return _time_tuple(_host_time.localtime(time_() if secs is None else _int(secs)))

    def mktime(t):
        if not isinstance(t, tuple) or len(t) not in (8, 9):
            raise TypeError("mktime needs a tuple of length 8 or 9")
        fields = tuple(_int(v) for v in t[:8]) + (-1,)
        return int(_host_time.mktime(fields))

    return {
        "__name__": "time",
        "ticks_ms": ticks_ms, "ticks_us": ticks_us, "ticks_cpu": ticks_cpu,
        "ticks_add": ticks_add, "ticks_diff": ticks_diff,
        "sleep": sleep, "sleep_ms": sleep_ms, "sleep_us": sleep_us,
        "time": time_, "time_ns": time_ns, "gmtime": gmtime, "localtime": localtime, "mktime": mktime,
    }
