"""Helpers reaching the runtime: the program-level repr, with the host's as a stand-in when testing."""
from __future__ import annotations

from typing import Any, Callable

__all__ = ["repr_of", "oserror"]


def repr_of(rt: Any) -> Callable[[object], str]:
    """The runtime's repr (MicroPython's float and object formats) or, without one, the host's."""
    return getattr(rt, "repr", repr)


def oserror(code: int) -> OSError:
    """OSError as MicroPython raises it: args == (errno,) and .errno set (the host sets it only for 2+ args)."""
    e = OSError(code)
    e.errno = code
    return e
