"""The buffer protocol as MicroPython's library modules see it: bytes-like objects and str (as UTF-8)."""
from __future__ import annotations

__all__ = ["get_buffer"]


def get_buffer(obj: object) -> bytes:
    """The bytes behind `obj`, or TypeError as mp_get_buffer_raise says it."""
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return bytes(obj)
    if isinstance(obj, str):
        return obj.encode("utf-8", "surrogatepass")
    getter = getattr(obj, "_mp_buffer", None)   # array.array and io.BytesIO of this package
    if getter is not None:
        return getter()
    raise TypeError("object with buffer protocol required")
