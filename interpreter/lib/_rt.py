"""Helpers reaching the runtime: the program-level repr, with the host's as a stand-in when testing."""
from __future__ import annotations

from typing import Any, Callable

__all__ = ["repr_of", "oserror", "alloc", "HARD_LIMIT", "per_runtime", "port_type"]


def repr_of(rt: Any) -> Callable[[object], str]:
    """The runtime's repr (MicroPython's float and object formats) or, without one, the host's."""
    return getattr(rt, "repr", repr)


def oserror(code: int) -> OSError:
    """OSError as MicroPython raises it: args == (errno,) and .errno set (the host sets it only for 2+ args)."""
    e = OSError(code)
    e.errno = code
    return e


def port_type(cls: type) -> type:
    """Make a library class print as the port prints its built-in types: <class 'NAME'>, no module path."""
    cls.__module__ = "builtins"
    cls.__qualname__ = cls.__name__
    return cls


# Beyond this a single allocation fails even without -X heapsize: the host must never be asked for it.
HARD_LIMIT = 256 << 20


def alloc(rt: Any, nbytes: int) -> None:
    """Account for a buffer of `nbytes` about to be made: MemoryError under the runtime's heap model or the cap."""
    if nbytes > HARD_LIMIT:
        raise MemoryError("memory allocation failed, allocating %d bytes" % nbytes)
    check = getattr(rt, "check_alloc", None)
    if check is not None:
        check(nbytes)


_HELD: dict[tuple[str, int], tuple[Any, Any]] = {}


def per_runtime(rt: Any, attr: str, cls: type) -> Any:
    """The `cls` instance kept on runtime `rt` under `attr` (a board, a file system), made by `cls(rt)` on first
    use. A runtime that takes no attributes keeps it in a table instead (which keeps that runtime alive)."""
    found = getattr(rt, attr, None)
    if isinstance(found, cls):
        return found
    held = _HELD.get((attr, id(rt)))
    if held is not None and held[0] is rt:
        return held[1]
    made = cls(rt)
    try:
        setattr(rt, attr, made)
    except (AttributeError, TypeError):
        _HELD[(attr, id(rt))] = (rt, made)
    return made
