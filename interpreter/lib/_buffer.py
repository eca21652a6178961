"""The buffer protocol as MicroPython's library modules see it: bytes-like objects, str (as UTF-8), arrays and views."""
from __future__ import annotations

__all__ = ["get_buffer", "typed_buffer", "slice_source", "compare_buffers", "pack_item", "unpack_item", "TYPECODES",
           "ComparesMemory"]

import operator as _operator
import struct as _host_struct

# typecode -> (size, signed) for integers on the 64-bit unix port; floats are 'f' and 'd'.
TYPECODES = {"b": (1, True), "B": (1, False), "h": (2, True), "H": (2, False), "i": (4, True), "I": (4, False),
             "l": (8, True), "L": (8, False), "q": (8, True), "Q": (8, False), "f": (4, True), "d": (8, True)}


def pack_item(tc: str, x: object) -> bytes:
    """An item's bytes as mp_binary_set_val_array stores it: an integer truncated to the item's size."""
    if tc in "fd":
        if not isinstance(x, (int, float)):
            raise TypeError(f"can't convert {type(x).__name__} to float")
        try:
            return _host_struct.pack("<" + tc, float(x))
        except OverflowError:
            return _host_struct.pack("<" + tc, float("inf") if x > 0 else float("-inf"))
    if not isinstance(x, int):
        raise TypeError(f"can't convert {type(x).__name__} to int")
    size = TYPECODES[tc][0]
    return (x & ((1 << (8 * size)) - 1)).to_bytes(size, "little")


def unpack_item(tc: str, raw: bytes) -> object:
    """The value of an item's bytes (mp_binary_get_val_array)."""
    if tc in "fd":
        return _host_struct.unpack("<" + tc, raw)[0]
    return int.from_bytes(raw, "little", signed=TYPECODES[tc][1])


def get_buffer(obj: object) -> bytes:
    """The bytes behind `obj`, or TypeError as mp_get_buffer_raise says it."""
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return bytes(obj)
    if isinstance(obj, str):
        return obj.encode("utf-8", "surrogatepass")
    getter = getattr(obj, "_mp_buffer", None)   # array.array, memoryview and io.BytesIO of this package
    if getter is not None:
        return getter()
    raise TypeError("object with buffer protocol required")


def typed_buffer(obj: object) -> tuple[str, bytes] | None:
    """(typecode, bytes) of an object with the buffer protocol (mp_get_buffer), None for one without."""
    view = getattr(type(obj), "_mp_view", None)     # array.array and memoryview: items of their typecode
    if view is not None:
        return obj._mp_view()[1], obj._mp_buffer()
    if isinstance(obj, (bytes, bytearray, memoryview, str)):
        return "B", get_buffer(obj)
    return None


def slice_source(value: object, item_size: int) -> bytes:
    """The raw bytes `value` gives a slice store into items of `item_size` bytes (py/objarray.c's array_subscr):
    an array, bytearray or memoryview of items of that size, or bytes into byte items."""
    if type(value) is bytes:
        if item_size != 1:
            raise ValueError("lhs and rhs should be compatible")
        return value
    if type(value) is bytearray or hasattr(type(value), "_mp_view"):
        tc, raw = typed_buffer(value)
        if TYPECODES[tc][0] != item_size:
            raise ValueError("lhs and rhs should be compatible")
        return raw
    raise NotImplementedError("array/bytes required on right side")


def compare_buffers(tc: str, raw: bytes, other: object, op) -> bool:
    """py/objarray.c compares raw memory: == needs the same typecode or byte items on both sides, ordering needs
    byte items on both sides, one of them unsigned; else NotImplementedError. An operand without a buffer
    compares False."""
    got = typed_buffer(other)
    if got is None:
        return False
    otc, oraw = got
    bytewise = TYPECODES[tc][0] == 1 and TYPECODES[otc][0] == 1
    if not (otc == tc or bytewise if op is _operator.eq else bytewise and "B" in (otc, tc)):
        raise NotImplementedError()
    return op(raw, oraw)


class ComparesMemory:
    """Comparisons of array.array and memoryview: their raw memory against another buffer's (array_binary_op).
    A subclass offers _mp_view() and _mp_buffer()."""

    __slots__ = ()

    def _compare(self, other: object, op) -> bool:
        return compare_buffers(self._mp_view()[1], self._mp_buffer(), other, op)

    def __eq__(self, other):
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
