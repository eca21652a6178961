"""Complex numbers where the port computes them differently (py/objcomplex.c): its power function."""
from __future__ import annotations

__all__ = ["complex_pow"]

import math


def complex_pow(a, b):
    """z1**z2 as py/objcomplex.c computes it: exp(z2*ln(z1)) (types_complex_pow)."""
    a, b = complex(a), complex(b)
    abs1 = math.sqrt(a.real * a.real + a.imag * a.imag)
    if abs1 == 0:
        if b.imag == 0 and b.real >= 0:
            return complex(float(b.real == 0), 0.0)
        raise ZeroDivisionError("0.0 to a complex power")
    ln1 = math.log(abs1)
    arg1 = math.atan2(a.imag, a.real)
    x3 = b.real * ln1 - b.imag * arg1
    y3 = b.imag * ln1 + b.real * arg1
    e = math.exp(x3)
    return complex(e * math.cos(y3), e * math.sin(y3))
