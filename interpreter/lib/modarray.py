"""array: py/objarray.c's array.array over a byte buffer (values truncate, slices step 1 only)."""
from __future__ import annotations

import operator as _operator
from typing import Any

from mpconform.interpreter.lib import _cpython
from mpconform.interpreter.lib._profile import cpython_mode
from mpconform.interpreter.lib._buffer import (TYPECODES, ComparesMemory, get_buffer, pack_item, slice_source,
                                              unpack_item)
from mpconform.interpreter.lib._rt import alloc, port_type, repr_of

__all__ = ["make_module", "make_array_type", "TYPECODES"]


def _iterate(obj: object) -> list:
    try:
        return list(obj)   # type: ignore[call-overload]
    except TypeError:
        raise TypeError(f"'{type(obj).__name__}' object isn't iterable") from None


def make_array_type(rt: Any) -> type:
    """The array class, printing its items with the runtime's repr."""
    r = repr_of(rt)

    class array(ComparesMemory):
        def __init__(self, typecode, initial=None):
            if not isinstance(typecode, str) or typecode not in TYPECODES:
                raise ValueError("bad typecode")
            self._tc = typecode
            self._size = TYPECODES[typecode][0]
            self._data = bytearray()
            if initial is None:
                return
            if isinstance(initial, int) and not isinstance(initial, bool):
                raise TypeError("'int' object isn't iterable")
            if isinstance(initial, (bytes, bytearray)):   # raw memory; another array is read item by item
                raw = get_buffer(initial)
                self._data += raw[:len(raw) - len(raw) % self._size]
            else:
                for x in _iterate(initial):
                    self.append(x)

        # --- coding -------------------------------------------------------------------------------
        def _grow(self, nbytes: int) -> None:
            alloc(rt, len(self._data) + nbytes)

        def _pack(self, x: object) -> bytes:
            return pack_item(self._tc, x)

        def _unpack(self, raw: bytes) -> object:
            return unpack_item(self._tc, raw)

        def _mp_buffer(self) -> bytes:
            return bytes(self._data)

        def _mp_view(self) -> tuple:
            """The live storage for a memoryview: (bytearray, typecode, first item, items, writable)."""
            return self._data, self._tc, 0, len(self), True

        def __bytes__(self):
            return bytes(self._data)

        # --- sequence -----------------------------------------------------------------------------
        def __len__(self):
            return len(self._data) // self._size

        def _index(self, i: object) -> int:
            if not isinstance(i, int):
                raise TypeError(f"array indices must be integers, not {type(i).__name__}")
            n = len(self)
            if i < 0:
                i += n
            if not 0 <= i < n:
                raise IndexError("array index out of range")
            return int(i)

        def _slice(self, s: slice) -> tuple[int, int]:
            if s.step not in (None, 1):
                raise NotImplementedError("only slices with step=1 (aka None) are supported")
            start, stop, _ = s.indices(len(self))
            return start, max(start, stop)

        def __getitem__(self, i):
            if isinstance(i, slice):
                start, stop = self._slice(i)
                out = array(self._tc)
                out._data = self._data[start * self._size:stop * self._size]
                return out
            i = self._index(i)
            return self._unpack(bytes(self._data[i * self._size:(i + 1) * self._size]))

        def __setitem__(self, i, value):
            if isinstance(i, slice):
                start, stop = self._slice(i)
                self._data[start * self._size:stop * self._size] = slice_source(value, self._size)
                return
            i = self._index(i)
            self._data[i * self._size:(i + 1) * self._size] = self._pack(value)

        def __iter__(self):
            return iter([self[i] for i in range(len(self))])

        def __contains__(self, x):
            raise NotImplementedError()

        def append(self, x):
            if len(self._data) & 0xFFF == 0:   # charge the heap as the buffer grows, not per item
                self._grow(4096)
            self._data += self._pack(x)

        def extend(self, iterable):
            if isinstance(iterable, array) and iterable._size == self._size:
                self._data += iterable._data
                return
            for x in _iterate(iterable):
                self.append(x)

        # --- operators ----------------------------------------------------------------------------
        def __add__(self, other):
            if isinstance(other, array):
                raw = bytes(other._data)
            elif isinstance(other, (bytes, bytearray)):
                raw = bytes(other)
            else:
                raise TypeError("object with buffer protocol required")
            out = array(self._tc)
            self._grow(len(raw))
            out._data = self._data + raw   # raw bytes are joined, whatever the other typecode
            return out

        def __radd__(self, other):
            """bytes and bytearray + array: the array's raw memory joins them (the host's + would not take it)."""
            if type(other) in (bytes, bytearray):
                return other + self._data
            return NotImplemented

        def __iadd__(self, other):
            if not isinstance(other, (array, bytes, bytearray)):
                raise TypeError("object with buffer protocol required")
            self._data += get_buffer(other) if not isinstance(other, array) else other._data
            return self

        def __eq__(self, other):
            if isinstance(other, (bytes, str)):   # the runtime's rule: str/bytes equal only str/bytes
                return False
            return self._compare(other, _operator.eq)

        def __delitem__(self, i):
            raise TypeError("'array' object doesn't support item deletion")

        def __mul__(self, other):
            raise TypeError(f"unsupported types for __mul__: 'array', '{type(other).__name__}'")

        def __hash__(self):
            raise TypeError("unsupported type for __hash__: 'array'")

        def __repr__(self):
            if not len(self):
                return f"array('{self._tc}')"
            return f"array('{self._tc}', [" + ", ".join(r(x) for x in self) + "])"

    return port_type(array)


def make_module(rt: Any) -> dict[str, object]:
    """The array module."""
    if cpython_mode(rt, "array"):
        return _cpython.BUILDERS["array"](rt)
    return {"__name__": "array", "array": make_array_type(rt)}
