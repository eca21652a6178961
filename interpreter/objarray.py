"""memoryview and bytearray as py/objarray.c has them (array.array itself is lib/modarray.py)."""
from __future__ import annotations

__all__ = ["MemoryView", "BYTEARRAY_HOOKS"]

from .lib._buffer import TYPECODES, ComparesMemory, pack_item, slice_source, unpack_item
from .runtime import MISS, not_implemented

_STEP_MSG = "only slices with step=1 (aka None) are supported"
_NO_STORE = "'memoryview' object doesn't support item assignment"


class MemoryView(ComparesMemory):
    """A window of items over another object's memory: bytes, bytearray, str (UTF-8, read-only), an array or
    another view. Writes truncate as the port's do; there is no tobytes, tolist, readonly nor itemsize."""

    __slots__ = ("_buf", "_tc", "_size", "_off", "_len", "_rw")

    def __init__(self, *args, **kw):
        if kw:
            raise TypeError("function doesn't take keyword arguments")
        if len(args) != 1:
            raise TypeError(f"function takes 1 positional arguments but {len(args)} were given")
        obj, = args
        if isinstance(obj, (bytes, bytearray)):
            buf, tc, off, n, rw = obj, "B", 0, len(obj), type(obj) is bytearray
        elif isinstance(obj, str):
            buf = obj.encode("utf-8", "surrogatepass")
            tc, off, n, rw = "B", 0, len(buf), False
        elif hasattr(type(obj), "_mp_view"):
            buf, tc, off, n, rw = obj._mp_view()
        else:
            raise TypeError("object with buffer protocol required")
        self._buf, self._tc, self._size, self._off, self._len, self._rw = buf, tc, TYPECODES[tc][0], off, n, rw

    def _mp_view(self) -> tuple:
        return self._buf, self._tc, self._off, self._len, self._rw

    def _mp_buffer(self) -> bytes:
        size = self._size
        return bytes(self._buf[self._off * size:(self._off + self._len) * size])

    __bytes__ = _mp_buffer

    def __len__(self):
        return self._len

    def __iter__(self):
        return iter([self[i] for i in range(self._len)])

    def _index(self, i) -> int:
        if not isinstance(i, int):
            raise TypeError(f"memoryview indices must be integers, not {type(i).__name__}")
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("memoryview index out of range")
        return self._off + i

    def _slice(self, s: slice) -> tuple[int, int]:
        if s.step not in (None, 1):
            raise NotImplementedError(_STEP_MSG)
        start, stop, _ = s.indices(self._len)
        return start, max(start, stop)

    def __getitem__(self, i):
        if type(i) is slice:
            start, stop = self._slice(i)
            view = object.__new__(MemoryView)
            view._buf, view._tc, view._size, view._rw = self._buf, self._tc, self._size, self._rw
            view._off, view._len = self._off + start, stop - start
            return view
        k = self._index(i) * self._size
        return unpack_item(self._tc, bytes(self._buf[k:k + self._size]))

    def __setitem__(self, i, value):
        size = self._size
        if type(i) is slice:
            start, stop = self._slice(i)
            raw = slice_source(value, size)
            if not self._rw:
                raise TypeError(_NO_STORE)
            if len(raw) != (stop - start) * size:
                raise ValueError("lhs and rhs should be compatible")
            k = (self._off + start) * size
        else:
            k = self._index(i) * size
            if not self._rw:
                raise TypeError(_NO_STORE)
            raw = pack_item(self._tc, value)
        self._buf[k:k + len(raw)] = raw

    def __delitem__(self, i):
        raise TypeError("'memoryview' object doesn't support item deletion")

    def __contains__(self, x):
        if isinstance(x, (int, float)):
            raise not_implemented()     # a number in an array: the port does not search
        return False    # only a bytearray is searched for bytes

    def __hash__(self):
        raise TypeError("unsupported type for __hash__: 'memoryview'")

    def __radd__(self, other):
        """bytes and bytearray + memoryview join the view's raw memory; the host's + would not take it."""
        if type(other) in (bytes, bytearray):
            return other + self._mp_buffer()
        return NotImplemented

    def hex(self, *sep):
        return self._mp_buffer().hex(*sep)

    def __repr__(self):
        return "<memoryview>"


MemoryView.__name__ = MemoryView.__qualname__ = "memoryview"
MemoryView.__module__ = "builtins"


def _extend_hook(v):
    """bytearray.extend takes any buffer's raw memory, an array's too (the host would iterate its items)."""
    if type(v) is not bytearray:
        return MISS
    host = v.extend

    def extend(x):
        host(x._mp_buffer() if hasattr(type(x), "_mp_view") else x)
    return extend


#: attribute hooks of bytearrays (see attrs.py)
BYTEARRAY_HOOKS = {"extend": _extend_hook}
