"""array: py/objarray.c's array.array over a byte buffer (values truncate, slices step 1 only)."""
from __future__ import annotations

import operator as _operator
import struct as _host_struct
from typing import Any

from mpconform.interpreter.lib import _cpython
from mpconform.interpreter.lib._profile import cpython_mode
from mpconform.interpreter.lib._buffer import get_buffer
from mpconform.interpreter.lib._rt import alloc, port_type, repr_of

__all__ = ["make_module", "make_array_type", "TYPECODES"]

# typecode -> (size, signed) for integers on the 64-bit unix port; floats are 'f' and 'd'.
TYPECODES = {"b": (1, True), "B": (1, False), "h": (2, True), "H": (2, False), "i": (4, True), "I": (4, False),
             "l": (8, True), "L": (8, False), "q": (8, True), "Q": (8, False), "f": (4, True), "d": (8, True)}


def _to_int(x: object) -> int:
    if isinstance(x, int):
        return int(x)
    raise TypeError(f"can't convert {type(x).__name__} to int")


def _iterate(obj: object) -> list:
    try:
        return list(obj)   # type: ignore[call-overload]
    except TypeError:
        raise TypeError(f"'{type(obj).__name__}' object isn't iterable") from None


def make_array_type(rt: Any) -> type:
    """The array class, printing its items with the runtime's repr."""
    r = repr_of(rt)

    class array:
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
            if self._tc in "fd":
                if not isinstance(x, (int, float)):
                    raise TypeError(f"can't convert {type(x).__name__} to float")
                try:
                    return _host_struct.pack("<" + self._tc, float(x))
                except OverflowError:
                    return _host_struct.pack("<" + self._tc, float("inf") if x > 0 else float("-inf"))
            v = _to_int(x) & ((1 << (8 * self._size)) - 1)
            return v.to_bytes(self._size, "little")

        def _unpack(self, raw: bytes) -> object:
            if self._tc in "fd":
                return _host_struct.unpack("<" + self._tc, raw)[0]
            return int.from_bytes(raw, "little", signed=TYPECODES[self._tc][1])

        def _mp_buffer(self) -> bytes:
            return bytes(self._data)

        def _mp_bytearray(self) -> memoryview:
            """The live storage seen as items of this typecode (the host's formats match the 64-bit port's),
            for a memoryview that indexes, slices and writes through whole items."""
            return memoryview(self._data).cast(self._tc)

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
                if isinstance(value, array):
                    if value._size != self._size:
                        raise ValueError("lhs and rhs should be compatible")
                    raw = bytes(value._data)
                elif isinstance(value, (bytes, bytearray)):
                    if self._size != 1:
                        raise ValueError("lhs and rhs should be compatible")
                    raw = bytes(value)
                else:
                    raise NotImplementedError("array/bytes required on right side")
                self._data[start * self._size:stop * self._size] = raw
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

        def __iadd__(self, other):
            if not isinstance(other, (array, bytes, bytearray)):
                raise TypeError("object with buffer protocol required")
            self._data += get_buffer(other) if not isinstance(other, array) else other._data
            return self

        def _compare(self, other: object, op: Any) -> bool:
            """py/objarray.c compares raw memory: == needs the same typecode or byte items on both sides,
            ordering needs byte items on both sides, one of them unsigned; else NotImplementedError.
            An operand without a buffer compares False."""
            if isinstance(other, array):
                tc, raw = other._tc, bytes(other._data)
            elif isinstance(other, (bytes, bytearray, memoryview)):
                tc, raw = "B", bytes(other)
            elif isinstance(other, str):
                tc, raw = "B", other.encode()
            else:
                return False
            bytewise = self._size == 1 and TYPECODES[tc][0] == 1
            if not (tc == self._tc or bytewise if op is _operator.eq else bytewise and "B" in (tc, self._tc)):
                raise NotImplementedError()
            return op(bytes(self._data), raw)

        def __eq__(self, other):
            if isinstance(other, (bytes, str)):   # the runtime's rule: str/bytes equal only str/bytes
                return False
            return self._compare(other, _operator.eq)

        def __ne__(self, other):
            return not self.__eq__(other)

        def __lt__(self, other):
            return self._compare(other, _operator.lt)

        def __le__(self, other):
            return self._compare(other, _operator.le)

        def __gt__(self, other):
            return self._compare(other, _operator.gt)

        def __ge__(self, other):
            return self._compare(other, _operator.ge)

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
