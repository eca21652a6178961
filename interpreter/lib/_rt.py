"""Helpers reaching the runtime: the program-level repr, with the host's as a stand-in when testing."""
from __future__ import annotations

from typing import Any, Callable

__all__ = ["repr_of", "oserror", "alloc", "HARD_LIMIT"]


def repr_of(rt: Any) -> Callable[[object], str]:
    """The runtime's repr (MicroPython's float and object formats) or, without one, the host's."""
    return getattr(rt, "repr", repr)


def oserror(code: int) -> OSError:
    """OSError as MicroPython raises it: args == (errno,) and .errno set (the host sets it only for 2+ args)."""
    e = OSError(code)
    e.errno = code
    return e


# Beyond this a single allocation fails even without -X heapsize: the host must never be asked for it.
HARD_LIMIT = 256 << 20


def alloc(rt: Any, nbytes: int) -> None:
    """Account for a buffer of `nbytes` about to be made: MemoryError under the runtime's heap model or the cap."""
    if nbytes > HARD_LIMIT:
        raise MemoryError("memory allocation failed, allocating %d bytes" % nbytes)
    check = getattr(rt, "check_alloc", None)
    if check is not None:
        check(nbytes)
