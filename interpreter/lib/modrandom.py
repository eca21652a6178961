"""random: MicroPython's yasmarang generator, so a seeded program draws the same numbers as the unix port."""
from __future__ import annotations

import struct as _host_struct
from typing import Any

from mpconform.interpreter.lib import _cpython
from mpconform.interpreter.lib._profile import cpython_mode
from mpconform.interpreter.lib._board import board_for

__all__ = ["Yasmarang", "make_module"]

_M32 = 0xFFFFFFFF


class Yasmarang:
    """The 32-bit generator of py/modrandom.c, bit for bit."""

    def __init__(self, seed: int = 0xEDA4BABA) -> None:
        self.seed(seed)

    def seed(self, seed: int) -> None:
        self.pad, self.n, self.d, self.dat = seed & _M32, 69, 233, 0

    def next(self) -> int:
        pad = (self.pad + self.dat + self.d * self.n) & _M32
        pad = ((pad << 3) + (pad >> 29)) & _M32
        self.pad = pad
        self.n = pad | 2
        self.d = (self.d ^ (((pad << 31) + (pad >> 1)) & _M32)) & _M32
        self.dat = (self.dat ^ ((pad & 0xFF) ^ (self.d >> 8) ^ 1)) & 0xFF
        return (pad ^ (self.d << 5) ^ (pad >> 18) ^ (self.dat << 1)) & _M32

    def below(self, n: int) -> int:
        """Uniform in [0, n) by rejection, n taken as uint32 like the C code."""
        n &= _M32
        if n == 0:
            # C loops forever here (the range was truncated to 32 bits); stop instead of hanging the host.
            raise ValueError("range too large for a 32-bit generator")
        mask = 1
        while (n & mask) < n:
            mask = (mask << 1) | 1
        while True:
            r = self.next() & mask
            if r < n:
                return r

    def float(self) -> float:
        """[0, 1): 52 fraction bits from two draws (the first one shifted up), exponent of 1.0, minus 1."""
        hi = self.next()
        lo = self.next()
        frac = ((hi << 32) | lo) & ((1 << 52) - 1)
        return _host_struct.unpack("<d", _host_struct.pack("<Q", (1023 << 52) | frac))[0] - 1.0


def _int(x: object) -> int:
    if isinstance(x, int):
        return int(x)
    raise TypeError(f"can't convert {type(x).__name__} to int")


def _float(x: object) -> float:
    if isinstance(x, (int, float)):
        return float(x)
    raise TypeError(f"can't convert {type(x).__name__} to float")


def make_module(rt: Any) -> dict[str, object]:
    """The random module of runtime `rt` (its own generator state)."""
    if cpython_mode(rt, "random"):
        return _cpython.BUILDERS["random"](rt)
    gen = Yasmarang()

    def seed(n=None):
        if n is None:
            n = 0xEDA4BABA ^ board_for(rt).now_us()   # deterministic: virtual time
        gen.seed(_int(n))

    def getrandbits(n):
        n = _int(n)
        if n > 32 or n < 0:
            raise ValueError("bits must be 32 or less")
        if n == 0:
            return 0
        return gen.next() & (_M32 >> (32 - n))

    def randrange(start, *args):
        start = _int(start)
        if not args:
            if start > 0:
                return gen.below(start)
            raise ValueError()
        stop = _int(args[0])
        if len(args) == 1:
            if start < stop:
                return start + gen.below(stop - start)
            raise ValueError()
        if len(args) > 2:
            raise TypeError("function expected at most 3 arguments, got %d" % (1 + len(args)))
        step = _int(args[1])
        if step > 0:
            n = _cdiv(stop - start + step - 1, step)
        elif step < 0:
            n = _cdiv(stop - start + step + 1, step)
        else:
            raise ValueError()
        if n > 0:
            return start + step * gen.below(n)
        raise ValueError()

    def randint(a, b):
        a, b = _int(a), _int(b)
        if a <= b:
            return a + gen.below(b - a + 1)
        raise ValueError()

    def choice(seq):
        n = len(seq)
        if n > 0:
            return seq[gen.below(n)]
        raise IndexError()

    def random():
        return gen.float()

    def uniform(a, b):
        a, b = _float(a), _float(b)
        return a + (b - a) * gen.float()

    return {"__name__": "random", "seed": seed, "getrandbits": getrandbits, "randrange": randrange,
            "randint": randint, "choice": choice, "random": random, "uniform": uniform}


def _cdiv(a: int, b: int) -> int:
    """C integer division (truncates toward zero)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q
