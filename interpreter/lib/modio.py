"""io: StringIO and BytesIO as py/objstringio.c has them (byte positions, zero-fill past the end), IOBase, open."""
from __future__ import annotations

import errno as _errno
from typing import Any

from mpconform.interpreter.lib import _cpython
from mpconform.interpreter.lib._profile import cpython_mode
from mpconform.interpreter.lib._buffer import get_buffer
from mpconform.interpreter.lib._rt import alloc, oserror, port_type
from mpconform.interpreter.lib._stream import LineStream

__all__ = ["make_module", "StringIO", "BytesIO", "IOBase"]


@port_type
class IOBase:
    """Base class for streams written in the program."""


def _closed() -> ValueError:
    return ValueError("I/O operation on closed file")


class _MemStream(LineStream):
    """Shared body of StringIO and BytesIO: a byte buffer with a position."""

    _text = False

    def _charge(self, nbytes: int) -> None:
        """Account for growing the buffer; per-runtime subclasses (make_module) charge the runtime's heap."""
        alloc(None, nbytes)

    def __init__(self, initial: object = None) -> None:
        self._buf = bytearray()
        self._pos = 0
        self._closed = False
        if initial is None or isinstance(initial, int) and not isinstance(initial, bool):
            return   # an int is a size hint in MicroPython
        self._buf += get_buffer(initial)

    # --- helpers ---------------------------------------------------------------------------------
    def _check(self) -> None:
        if self._closed:
            raise _closed()

    def _out(self, data: bytes) -> object:
        return data.decode("utf-8", "replace") if self._text else bytes(data)

    def _span(self, n: int) -> int:
        """End index for reading n units (bytes, or UTF-8 characters for text) from the position."""
        if n < 0:
            return len(self._buf)
        if not self._text:
            return min(len(self._buf), self._pos + n)
        i = self._pos
        while n > 0 and i < len(self._buf):
            i += 1
            while i < len(self._buf) and self._buf[i] & 0xC0 == 0x80:
                i += 1
            n -= 1
        return i

    def _mp_buffer(self) -> bytes:
        return bytes(self._buf)

    # --- stream methods ----------------------------------------------------------------------------
    def read(self, size: object = -1) -> object:
        self._check()
        size = -1 if size is None else _int(size)
        end = max(self._pos, self._span(size))
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return self._out(bytes(data))

    def readline(self, size: object = -1) -> object:
        self._check()
        size = -1 if size is None else _int(size)
        limit = self._span(size)
        nl = self._buf.find(b"\n", self._pos, limit)
        end = limit if nl < 0 else nl + 1
        end = max(end, self._pos)
        data = self._buf[self._pos:end]
        self._pos = end
        return self._out(bytes(data))

    def readinto(self, buf: object, size: object = None) -> int:
        self._check()
        if not isinstance(buf, bytearray):
            raise TypeError("object with buffer protocol required")
        n = len(buf) if size is None else min(len(buf), _int(size))
        data = self._buf[self._pos:self._pos + n]
        buf[:len(data)] = data
        self._pos += len(data)
        return len(data)

    def write(self, data: object) -> int:
        self._check()
        raw = get_buffer(data)
        grow = self._pos + len(raw) - len(self._buf)
        if grow > 0:
            self._charge(grow)
        if self._pos > len(self._buf):
            self._buf += bytes(self._pos - len(self._buf))
        self._buf[self._pos:self._pos + len(raw)] = raw
        self._pos += len(raw)
        return len(raw)

    def seek(self, offset: object, whence: object = 0) -> int:
        self._check()
        offset, whence = _int(offset), _int(whence)
        base = self._pos if whence == 1 else len(self._buf) if whence == 2 else 0
        new = base + offset
        if new < 0:
            raise oserror(_errno.EINVAL)
        self._pos = new
        return new

    def tell(self) -> int:
        self._check()
        return self._pos

    def getvalue(self) -> object:
        self._check()
        return self._out(bytes(self._buf))

    def flush(self) -> None:
        pass   # MicroPython's flush of a closed StringIO is quietly nothing

    def close(self) -> None:
        self._closed = True

    def __repr__(self) -> str:
        return f"<io.{type(self).__name__} 0x{id(self) & 0xFFFFFFFF:x}>"


def _int(x: object) -> int:
    if isinstance(x, int):
        return int(x)
    raise TypeError(f"can't convert {type(x).__name__} to int")


class StringIO(_MemStream):
    """In-memory text stream; positions count bytes of UTF-8."""

    _text = True


class BytesIO(_MemStream):
    """In-memory binary stream."""


def make_module(rt: Any) -> dict[str, object]:
    """The io module; open() is the sandboxed one of fileio."""
    if cpython_mode(rt, "io"):
        return _cpython.BUILDERS["io"](rt)
    from mpconform.interpreter.lib.fileio import open_in_sandbox

    def open(file, mode="r", *args, **kwargs):  # noqa: A001 - the program's name
        return open_in_sandbox(rt, file, mode)

    # rt is held by a closure, never by an attribute: programs can read _names, not __closure__.
    def _charge(self, nbytes: int) -> None:
        alloc(rt, nbytes)

    string_io = port_type(type("StringIO", (StringIO,), {"_charge": _charge}))
    bytes_io = port_type(type("BytesIO", (BytesIO,), {"_charge": _charge}))
    return {"__name__": "io", "StringIO": string_io, "BytesIO": bytes_io, "IOBase": IOBase, "open": open}
