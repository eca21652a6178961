"""The binascii module, following extmod/modbinascii.c: hex and base64 as the C loops do them, and crc32."""
from __future__ import annotations

import zlib as _host_zlib
from typing import Any

from mpconform.interpreter.lib._buffer import get_buffer

__all__ = ["make_module"]

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_SEXTET = {ord(c): i for i, c in enumerate(_B64)}


def _str_or_bytes(x: object) -> str:
    if isinstance(x, str):
        return x
    if isinstance(x, (bytes, bytearray)):
        return bytes(x).decode("latin-1")
    raise TypeError(f"can't convert '{type(x).__name__}' object to str implicitly")


def hexlify(data: object, *sep: object) -> bytes:
    """Lower-case hex of `data`, with an optional one-character separator."""
    buf = get_buffer(data)
    if not buf:
        return b""
    if sep:
        s = _str_or_bytes(sep[0])[:1]
        return s.join(f"{b:02x}" for b in buf).encode("latin-1")
    return buf.hex().encode()


def unhexlify(data: object) -> bytes:
    """Bytes from hex digits (either case)."""
    buf = get_buffer(data)
    digits = b"0123456789abcdefABCDEF"
    if len(buf) & 1 or any(b not in digits for b in buf):   # 1.29 reports odd length as a bad digit
        raise ValueError("non-hex digit")
    return bytes.fromhex(buf.decode("ascii"))


def a2b_base64(data: object) -> bytes:
    """Decode base64, skipping characters outside the alphabet, as the C loop does."""
    buf = get_buffer(data)
    out = bytearray()
    shift = nbits = 0
    hadpad = False
    for c in buf:
        if c == ord("="):
            if nbits == 2 or (nbits == 4 and hadpad):
                nbits = 0
                break
            hadpad = True
        sextet = _SEXTET.get(c)
        if sextet is None:
            continue
        hadpad = False
        shift = ((shift << 6) | sextet) & 0xFFFFFFFF
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((shift >> nbits) & 0xFF)
    if nbits:
        raise ValueError("incorrect padding")
    return bytes(out)


def b2a_base64(data: object, *, newline: object = True) -> bytes:
    """Encode base64, with a trailing newline unless newline=False."""
    buf = get_buffer(data)
    out = bytearray()
    for i in range(0, len(buf), 3):
        chunk = buf[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        quad = "".join(_B64[(n >> s) & 63] for s in (18, 12, 6, 0))
        out += (quad[:len(chunk) + 1] + "=" * (3 - len(chunk))).encode()
    if newline:
        out += b"\n"
    return bytes(out)


def crc32(data: object, crc: object = 0) -> int:
    """CRC-32 as zlib computes it; the running value is truncated to 32 bits."""
    if not isinstance(crc, int):
        raise TypeError(f"can't convert {type(crc).__name__} to int")
    return _host_zlib.crc32(get_buffer(data), crc & 0xFFFFFFFF)


def make_module(rt: Any) -> dict[str, object]:
    """The binascii module."""
    return {"__name__": "binascii", "hexlify": hexlify, "unhexlify": unhexlify, "a2b_base64": a2b_base64,
            "b2a_base64": b2a_base64, "crc32": crc32}
