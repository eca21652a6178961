"""struct: MicroPython's modstruct.c (no '?', no spaces, missing args pack as zero, ints truncate)."""
from __future__ import annotations

import struct as _host
from typing import Any

from mpconform.interpreter.lib import _cpython
from mpconform.interpreter.lib._profile import cpython_mode
from mpconform.interpreter.lib._buffer import get_buffer
from mpconform.interpreter.lib._rt import alloc

__all__ = ["make_module", "calcsize", "pack", "unpack_from", "pack_into"]

# typecode -> (native size, standard size, signed); floats handled apart. 64-bit unix port sizes.
_INTS = {"b": (1, 1, True), "B": (1, 1, False), "h": (2, 2, True), "H": (2, 2, False),
         "i": (4, 4, True), "I": (4, 4, False), "l": (8, 4, True), "L": (8, 4, False),
         "q": (8, 8, True), "Q": (8, 8, False), "P": (8, 8, False)}
_FLOATS = {"e": 2, "f": 4, "d": 8}
# 'O' is an object pointer on the port: its size is known, its bytes (an address) are not modelled
_POINTER = "O"


def _fmt_type(fmt: str) -> tuple[str, int]:
    """(byte-order char, index after it) as get_fmt_type reads them; '!' is big-endian."""
    if fmt[:1] == "!":
        return ">", 1
    if fmt[:1] in ("@", "=", "<", ">"):
        return fmt[0], 1
    return "@", 0


def _size(order: str, code: str) -> tuple[int, int]:
    """(size, alignment) of one typecode, or ValueError('bad typecode')."""
    if order == "=":   # accepted as a prefix, but mp_binary_get_size knows no sizes for it ('s', 'x' work)
        raise ValueError("bad typecode")
    if code in _INTS:
        size = _INTS[code][0 if order == "@" else 1]
    elif code in _FLOATS:
        size = _FLOATS[code]
    elif code == _POINTER:
        size = 8
    else:
        raise ValueError("bad typecode")
    return size, size if order == "@" else 1


def _refuse_pointer(code: str) -> None:
    if code == _POINTER:
        raise NotImplementedError("struct 'O' (object pointer) values are not modelled by the reference")


def _items(fmt: str):
    """Yield (count, code) pairs of a format after its byte-order char (a count needs a code after it)."""
    order, i = _fmt_type(fmt)
    while i < len(fmt):
        j = i
        while j < len(fmt) and fmt[j].isdigit():
            j += 1
        count = int(fmt[i:j]) if j > i else 1
        code = fmt[j] if j < len(fmt) else ""
        yield order, count, code
        i = j + 1


def _check_str(fmt: object) -> str:
    if not isinstance(fmt, str):
        raise TypeError(f"can't convert '{type(fmt).__name__}' object to str implicitly")
    return fmt


def _calc(fmt: str) -> tuple[int, int]:
    """(total size, number of values) of a format."""
    size = items = 0
    for order, count, code in _items(fmt):
        if code == "x":
            size += count
        elif code == "s":
            items += 1
            size += count
        else:
            items += count
            sz, align = _size(order, code)
            for _ in range(count):
                size = (size + align - 1) & ~(align - 1)
                size += sz
    return size, items


def calcsize(fmt: object) -> int:
    """Size in bytes of a packed format."""
    return _calc(_check_str(fmt))[0]


def _endian(order: str) -> str:
    return "big" if order == ">" else "little"


def _encode_half(x: float) -> int:
    """py/binary.c's float -> half conversion, quirks included (measured on the unix port): rounding is
    half-up, the exponent is OR-ed in without an overflow check below 2**49, a float exponent of -15
    keeps only the fraction bits."""
    try:
        bits = _host.unpack("<I", _host.pack("<f", x))[0]
    except OverflowError:
        bits = 0xFF800000 if x < 0 else 0x7F800000
    sign = (bits >> 16) & 0x8000
    raw_e, m23 = (bits >> 23) & 0xFF, bits & 0x7FFFFF
    if raw_e == 0xFF:
        return sign | (0x7E00 if m23 else 0x7C00)
    e = raw_e - 112
    m10 = (m23 >> 13) + ((m23 >> 12) & 1)
    if raw_e == 0 or e == 0:
        return sign | m10
    if e < 0:
        if e < -10:
            return sign
        full, shift = 0x800000 | m23, 14 - e
        return sign | ((full >> shift) + ((full >> (shift - 1)) & 1))
    if e >= 64:
        return sign | 0x7C00
    return sign | (((e << 10) | m10) & 0xFFFF)


def _pack_float(order: str, code: str, value: object) -> bytes:
    if isinstance(value, (int, float)) and not isinstance(value, complex):
        x = float(value) if not isinstance(value, int) or abs(value) < 2**1023 else float("inf") * (1 if value > 0 else -1)
    else:
        raise TypeError(f"can't convert {type(value).__name__} to float")
    prefix = ">" if order == ">" else "<"
    if code == "e":
        return _encode_half(x).to_bytes(2, "big" if order == ">" else "little")
    try:
        return _host.pack(prefix + code, x)
    except OverflowError:   # C's double->float conversion gives an infinity instead of failing
        return _host.pack(prefix + code, float("inf") if x > 0 else float("-inf"))


def _pack_int(order: str, code: str, size: int, value: object) -> bytes:
    if isinstance(value, float):
        raise TypeError("can't convert float to int")
    if not isinstance(value, int):
        raise TypeError(f"can't convert {type(value).__name__} to int")
    return (int(value) & ((1 << (8 * size)) - 1)).to_bytes(size, _endian(order))


def _pack_into(fmt: str, buf: bytearray, start: int, args: tuple) -> None:
    """Pack `args` into `buf` from `start`; runs out of args quietly (the rest stays zero), extra args ignored."""
    p = start
    i = 0
    for order, count, code in _items(fmt):
        if i >= len(args):
            break
        if code == "x":
            p += count
        elif code == "s":
            data = get_buffer(args[i])
            i += 1
            n = min(count, len(data))
            buf[p:p + n] = data[:n]
            p += count
        else:
            size, align = _size(order, code)
            _refuse_pointer(code)
            while count and i < len(args):
                count -= 1
                p = start + ((p - start + align - 1) & ~(align - 1))
                if code in _FLOATS:
                    buf[p:p + size] = _pack_float(order, code, args[i])
                else:
                    buf[p:p + size] = _pack_int(order, code, size, args[i])
                i += 1
                p += size


def pack(fmt: object, *args: object) -> bytes:
    """Pack values into bytes."""
    fmt = _check_str(fmt)
    buf = bytearray(_calc(fmt)[0])
    _pack_into(fmt, buf, 0, args)
    return bytes(buf)


def pack_into(fmt: object, buffer: object, offset: object, *args: object) -> None:
    """Pack values into a writable buffer at `offset` (negative counts from the end)."""
    fmt = _check_str(fmt)
    if not isinstance(buffer, bytearray):
        raise TypeError("object with buffer protocol required")
    size = _calc(fmt)[0]
    offset = _index(offset)
    if offset < 0:
        offset += len(buffer)
        if offset < 0:
            raise ValueError("buffer too small")
    if offset + size > len(buffer):
        raise ValueError("buffer too small")
    _pack_into(fmt, buffer, offset, args)


def _index(x: object) -> int:
    if isinstance(x, int):
        return int(x)
    raise TypeError(f"can't convert {type(x).__name__} to int")


def unpack_from(fmt: object, buffer: object, offset: object = 0) -> tuple:
    """Unpack values from a buffer at `offset`; a buffer longer than needed is fine."""
    fmt = _check_str(fmt)
    size, _ = _calc(fmt)
    data = get_buffer(buffer)
    offset = _index(offset)
    if offset < 0:
        offset += len(data)
        if offset < 0:
            raise ValueError("buffer too small")
    if offset + size > len(data):
        raise ValueError("buffer too small")
    out: list[object] = []
    p = start = offset
    for order, count, code in _items(fmt):
        if code == "x":
            p += count
        elif code == "s":
            out.append(bytes(data[p:p + count]))
            p += count
        else:
            sz, align = _size(order, code)
            _refuse_pointer(code)
            for _ in range(count):
                p = start + ((p - start + align - 1) & ~(align - 1))
                chunk = bytes(data[p:p + sz])
                if code in _FLOATS:
                    out.append(_host.unpack((">" if order == ">" else "<") + code, chunk)[0])
                else:
                    out.append(int.from_bytes(chunk, _endian(order), signed=_INTS[code][2]))
                p += sz
    return tuple(out)


def make_module(rt: Any) -> dict[str, object]:
    """The struct module; packing is charged to the runtime's heap before any host buffer is made."""
    if cpython_mode(rt, "struct"):
        return _cpython.BUILDERS["struct"](rt)

    def pack_(fmt, *args):
        alloc(rt, calcsize(fmt))
        return pack(fmt, *args)

    def unpack_(fmt, buffer, *offset):
        alloc(rt, 16 * _calc(_check_str(fmt))[1])
        return unpack_from(fmt, buffer, *offset)

    return {"__name__": "struct", "calcsize": calcsize, "pack": pack_, "pack_into": pack_into,
            "unpack": unpack_, "unpack_from": unpack_}
