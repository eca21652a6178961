"""Floats as the port prints and rounds them (py/objfloat.c, py/formatfloat.c), where differences.py says so.

The reference runs program values as host objects; where the unix port 1.29 behaves differently from
CPython, the compiler and builtins route the operation through a function of an obj*.py file, chosen at
compile time from the active profile so that `--profile cpython` pays nothing. Each helper names its
catalogue id.
"""
from __future__ import annotations

__all__ = ["float_repr", "mp_round"]

import math
from decimal import ROUND_HALF_EVEN, Decimal


# ---- repr (new catalogue entry types_float_repr)
def float_repr(x: float) -> str:
    """The port's repr of a float: 16 significant digits when they read back exactly, else 17."""
    if x != x:
        return "nan"
    if x in (math.inf, -math.inf):
        return "inf" if x > 0 else "-inf"
    s = "%.16g" % x
    if float(s) != x:
        s = "%.17g" % x
    if "." not in s and "e" not in s and "n" not in s:
        s += ".0"
    return s


def mp_round(x, *n):
    """round() to n digits on the decimal digits the port prints, halves to even (types_float_round)."""
    if not n or n[0] is None or type(x) is not float or not math.isfinite(x):
        return round(x, *n)
    d = n[0]
    if d < 0:
        return round(x, d)
    if not math.isfinite(x * 10.0 ** d):
        return math.copysign(math.inf, x)
    return float(Decimal(float_repr(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_EVEN))
