"""Slices as the port has them (py/objslice.c): a slice type that cannot be called, and no step where the
port's sequences have none (types_str_subscrstep, types_bytes_subscrstep, types_list_*_subscrstep)."""
from __future__ import annotations

__all__ = ["SliceType", "check_step", "takes_slices", "host_key"]

import functools

from .runtime import mp, not_implemented

_STEP_MSG = "only slices with step=1 (aka None) are supported"   # loads; stores/deletes say nothing


class _SliceMeta(type):
    def __instancecheck__(cls, x):
        return type(x) is slice or type(x) is cls

    def __call__(cls, *a, **k):
        raise TypeError("can't create 'slice' instances")

    def __repr__(cls):
        return "<class 'slice'>"


class SliceType(metaclass=_SliceMeta):
    """The slice builtin (types_slice_constructor): a type that cannot be called, whose instances a program's
    __getitem__/__setitem__/__delitem__ receive; they compare by identity and cannot be hashed. Subscripts
    make the host's slices, which the host's sequences need: takes_slices and host_key convert."""

    __slots__ = ("start", "stop", "step")

    def indices(self, length):
        return slice(self.start, self.stop, self.step).indices(length)

    def __hash__(self):
        raise TypeError("unsupported type for __hash__: 'slice'")

    def __repr__(self):
        return f"slice({self.start!r}, {self.stop!r}, {self.step!r})"


SliceType.__name__ = SliceType.__qualname__ = "slice"
SliceType.__module__ = "builtins"


def _program_key(k):
    """A subscript's key as the port's slice objects show it to the program."""
    if type(k) is slice:
        s = object.__new__(SliceType)
        s.start, s.stop, s.step = k.start, k.stop, k.step
        return s
    if type(k) is tuple and any(type(x) is slice for x in k):
        return tuple(_program_key(x) for x in k)
    return k


def host_key(o, k, method: str = "__getitem__"):
    """The key a host or library object needs in place of the port's slice objects in `k`; None where `k` has
    none or `o` is a program's (see takes_slices), so that the TypeError it raised stands."""
    if getattr(getattr(type(o), method, None), "_mp_takes_slices", False):
        return None
    if type(k) is SliceType:
        return slice(k.start, k.stop, k.step)
    if type(k) is tuple and any(type(x) is SliceType for x in k):
        return tuple(slice(x.start, x.stop, x.step) if type(x) is SliceType else x for x in k)
    return None


def takes_slices(fn):
    """A program's __getitem__/__setitem__/__delitem__: its key arrives with the port's slice objects."""
    @functools.wraps(fn)
    def method(self, key, *value):
        return fn(self, _program_key(key), *value)
    method._mp_takes_slices = True
    return method

_SliceMeta.__name__ = _SliceMeta.__qualname__ = "type"     # type(slice) prints <class 'type'>, as on the port
_SliceMeta.__module__ = "builtins"


_LOAD_NOSTEP = (str, bytes, bytearray, tuple)


def check_step(o, s, store: bool) -> None:
    """NotImplementedError for a slice with step != 1 where the port has none."""
    if type(s) is slice and s.step is not None and s.step != 1:
        t = type(o)
        if t is list and store and mp("types_list_store_subscrstep"):
            raise not_implemented()
        if not store and t in _LOAD_NOSTEP and mp(_STEP_ID[t]):
            raise NotImplementedError(_STEP_MSG)


_STEP_ID = {str: "types_str_subscrstep", bytes: "types_bytes_subscrstep", bytearray: "types_bytes_subscrstep",
            tuple: "types_str_subscrstep"}
