"""Files confined to the runtime's sandbox folder: path resolution, open(), and the program's file objects."""
from __future__ import annotations

import errno as _errno
import io as _host_io
import os as _host_os
import pathlib
import weakref
from typing import Any

from mpconform.interpreter.lib._buffer import get_buffer
from mpconform.interpreter.lib._rt import oserror, per_runtime
from mpconform.interpreter.lib._stream import LineStream

__all__ = ["open_in_sandbox", "fs_for", "SandboxFs", "TextIOWrapper", "FileIO"]


_oserror = oserror


class SandboxFs:
    """The sandbox of one runtime: a virtual current directory and the mapping of program paths to host paths."""

    def __init__(self, rt: Any) -> None:
        self.root = pathlib.Path(rt.sandbox)
        self.cwd: list[str] = []   # parts below the sandbox root

    def parts(self, path: object) -> list[str]:
        """Normalised parts of a program path below the root; escaping the root is EPERM."""
        if isinstance(path, (bytes, bytearray)):
            path = bytes(path).decode("utf-8", "surrogateescape")
        if not isinstance(path, str):
            raise TypeError(f"can't convert '{type(path).__name__}' object to str implicitly")
        if "\0" in path:
            raise _oserror(_errno.EINVAL)
        parts = [] if path.startswith("/") else list(self.cwd)
        for part in path.split("/"):
            if part in ("", "."):
                continue
            if part == "..":
                if not parts:
                    raise _oserror(_errno.EPERM)
                parts.pop()
            else:
                parts.append(part)
        return parts

    def host(self, path: object) -> pathlib.Path:
        """Host path of a program path, checked (symlinks included) to stay inside the sandbox."""
        target = self.root.joinpath(*self.parts(path))
        root = _host_os.path.realpath(self.root)
        real = _host_os.path.realpath(target)
        if real != root and not real.startswith(root + _host_os.sep):
            raise _oserror(_errno.EPERM)
        return target

    def getcwd(self) -> str:
        return "/" + "/".join(self.cwd)


def fs_for(rt: Any) -> SandboxFs:
    """The SandboxFs of runtime `rt`, created on first use."""
    return per_runtime(rt, "_mpconform_fs", SandboxFs)


def host_call(f, *args):
    """Run a host file-system call, turning its errors into MicroPython's OSError(errno)."""
    try:
        return f(*args)
    except _host_io.UnsupportedOperation:
        raise _oserror(_errno.EBADF) from None
    except OSError as e:
        raise _oserror(e.errno or _errno.EIO) from None


# program file object -> host file object. Kept out of the objects' attributes: a program may read any
# attribute that does not start with "__", and the host file would lead to the host's io classes.
_HOST_FILES: "weakref.WeakKeyDictionary[FileIO, Any]" = weakref.WeakKeyDictionary()


class FileIO(LineStream):
    """A binary file of the sandbox (what open(..., 'b') returns)."""

    _text = False

    def __init__(self, raw: Any) -> None:
        _HOST_FILES[self] = raw


    def _check(self) -> None:
        if _HOST_FILES[self].closed:
            raise ValueError("I/O operation on closed file")

    def _out(self, data: bytes) -> object:
        return data.decode("utf-8", "replace") if self._text else data

    def _read_chars(self, n: int) -> bytes:
        """n characters of UTF-8 (text) or n bytes (binary) from the position."""
        if not self._text:
            return host_call(_HOST_FILES[self].read, n)
        out = bytearray()
        while n > 0:
            b = host_call(_HOST_FILES[self].read, 1)
            if not b:
                break
            out += b
            if b[0] >= 0xC0:
                more = 1 if b[0] < 0xE0 else 2 if b[0] < 0xF0 else 3
                out += host_call(_HOST_FILES[self].read, more)
            n -= 1
        return bytes(out)

    def read(self, size: object = -1) -> object:
        self._check()
        size = -1 if size is None else _int(size)
        data = host_call(_HOST_FILES[self].read) if size < 0 else self._read_chars(size)
        return self._out(data)

    def readline(self, size: object = -1) -> object:
        self._check()
        return self._out(host_call(_HOST_FILES[self].readline, -1 if size is None else _int(size)))

    def readlines(self) -> list:
        self._check()
        return [self._out(line) for line in host_call(_HOST_FILES[self].readlines)]

    def readinto(self, buf: object) -> int:
        self._check()
        if not isinstance(buf, bytearray):
            raise TypeError("object with buffer protocol required")
        data = host_call(_HOST_FILES[self].read, len(buf))
        buf[:len(data)] = data
        return len(data)

    def write(self, data: object) -> int:
        self._check()
        return host_call(_HOST_FILES[self].write, get_buffer(data))

    def seek(self, offset: object, whence: object = 0) -> int:
        self._check()
        return host_call(_HOST_FILES[self].seek, _int(offset), _int(whence))

    def tell(self) -> int:
        self._check()
        return host_call(_HOST_FILES[self].tell)

    def flush(self) -> None:
        self._check()
        host_call(_HOST_FILES[self].flush)

    def close(self) -> None:
        if not _HOST_FILES[self].closed:
            host_call(_HOST_FILES[self].close)

    def __del__(self) -> None:
        raw = _HOST_FILES.get(self)
        if raw is not None:
            raw.close()

    def __repr__(self) -> str:
        fd = -1 if _HOST_FILES[self].closed else _HOST_FILES[self].fileno()
        return f"<io.{type(self).__name__} {fd}>"


class TextIOWrapper(FileIO):
    """A text file of the sandbox: str out, UTF-8 on disk, no newline translation (as on MicroPython)."""

    _text = True


def _int(x: object) -> int:
    if isinstance(x, int):
        return int(x)
    raise TypeError(f"can't convert {type(x).__name__} to int")


def open_in_sandbox(rt: Any, path: object, mode: object = "r") -> FileIO:
    """open() for a program: `path` is resolved inside rt.sandbox; unknown mode letters are ignored like in C."""
    if not isinstance(mode, str):
        raise TypeError(f"can't convert '{type(mode).__name__}' object to str implicitly")
    if isinstance(path, int) and not isinstance(path, bool):
        raise _oserror(_errno.EBADF)   # file descriptors of the host are out of reach
    target = fs_for(rt).host(path)
    base, plus, binary = "r", "+" in mode, "b" in mode
    for ch in mode:
        if ch in "rwax":
            base = ch
    raw = host_call(_host_io.open, target, base + ("+" if plus else "") + "b", 0 if binary else -1)
    return FileIO(raw) if binary else TextIOWrapper(raw)
