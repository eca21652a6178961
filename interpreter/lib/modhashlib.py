"""The hashlib module, following extmod/modhashlib.c: sha256, sha1 and md5 objects without hexdigest."""
from __future__ import annotations

import hashlib as _host_hashlib
from typing import Any

from mpconform.interpreter.lib import _cpython
from mpconform.interpreter.lib._buffer import get_buffer
from mpconform.interpreter.lib._profile import cpython_mode

__all__ = ["make_module"]


def _hash_class(name: str) -> type:
    """A MicroPython hash object: update() and digest() only; once digested it is final."""

    class Hash:
        def __init__(self, data: object = None) -> None:
            self._h = _host_hashlib.new(name)
            self._final = False
            if data is not None:
                self.update(data)

        def update(self, data: object) -> None:
            if self._final:
                raise ValueError("hash is final")
            self._h.update(get_buffer(data))

        def digest(self) -> bytes:
            if self._final:
                raise ValueError("hash is final")
            self._final = True
            return self._h.digest()

    Hash.__name__ = Hash.__qualname__ = name
    return Hash


def make_module(rt: Any) -> dict[str, object]:
    """The hashlib module (sha256, sha1, md5; no hexdigest, as in MicroPython)."""
    if cpython_mode(rt, "hashlib"):
        return _cpython.BUILDERS["hashlib"](rt)
    return {"__name__": "hashlib", "sha256": _hash_class("sha256"), "sha1": _hash_class("sha1"),
            "md5": _hash_class("md5")}
