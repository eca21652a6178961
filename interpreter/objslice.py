"""Slices as the port has them (py/objslice.c): a slice type that cannot be called, and no step where the
port's sequences have none (types_str_subscrstep, types_bytes_subscrstep, types_list_*_subscrstep)."""
from __future__ import annotations

__all__ = ["SliceType", "check_step"]

from .runtime import mp, not_implemented

_STEP_MSG = "only slices with step=1 (aka None) are supported"   # loads; stores/deletes say nothing


class _SliceMeta(type):
    def __instancecheck__(cls, x):
        return type(x) is slice

    def __call__(cls, *a, **k):
        raise TypeError("can't create 'slice' instances")

    def __repr__(cls):
        return "<class 'slice'>"


class SliceType(metaclass=_SliceMeta):
    """The slice builtin: a type that cannot be called (types_slice_constructor)."""


SliceType.__name__ = SliceType.__qualname__ = "slice"

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
