"""math and cmath: libm results with MicroPython's checks (a nan/inf from finite input is 'math domain error')."""
from __future__ import annotations

import ctypes
import ctypes.util
import math as _m
from typing import Any, Callable

from mpconform.interpreter.lib import _cpython
from mpconform.interpreter.lib._profile import cpython_mode
from mpconform.interpreter.lib._rt import alloc

__all__ = ["make_module", "make_cmath", "to_float"]

_libm = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
for _name in ("tgamma", "lgamma"):
    getattr(_libm, _name).restype = ctypes.c_double
    getattr(_libm, _name).argtypes = [ctypes.c_double]


def to_float(x: object) -> float:
    """mp_obj_get_float: ints too big for a double become infinities instead of failing."""
    if isinstance(x, float):
        return x
    if isinstance(x, int):
        try:
            return float(x)
        except OverflowError:
            return _m.inf if x > 0 else -_m.inf
    raise TypeError(f"can't convert {type(x).__name__} to float")


def _to_int(x: object) -> int:
    if isinstance(x, int):
        return int(x)
    raise TypeError(f"can't convert {type(x).__name__} to int")


def _domain_error() -> ValueError:
    return ValueError("math domain error")


def _checked(f: Callable[..., float]) -> Callable[..., float]:
    """Call libm's `f`; a nan or inf result from non-nan/non-inf arguments is a domain error."""

    def g(*args: object) -> float:
        xs = [to_float(a) for a in args]
        try:
            r = f(*xs)
        except (ValueError, OverflowError, ZeroDivisionError):
            raise _domain_error() from None
        if (_m.isnan(r) and not any(_m.isnan(x) for x in xs)) or (_m.isinf(r) and not any(_m.isinf(x) for x in xs)):
            raise _domain_error()
        return r

    g.__name__ = f.__name__
    return g


def _plain(f: Callable[..., float]) -> Callable[..., float]:
    """Functions MicroPython computes without the result check (degrees, radians, fabs...)."""

    def g(*args: object) -> float:
        return f(*[to_float(a) for a in args])

    g.__name__ = f.__name__
    return g


def _to_int_result(x: float) -> int:
    if _m.isinf(x):
        raise OverflowError("can't convert inf to int")
    if _m.isnan(x):
        raise ValueError("can't convert NaN to int")
    return int(x)


def _rounding(f: Callable[[float], float]) -> Callable[[object], int]:
    def g(x: object) -> int:
        if isinstance(x, int):
            x = to_float(x) if abs(x) >= 2**53 else x
            if isinstance(x, int):
                return int(x)
        xf = to_float(x)
        _to_int_result(xf)   # inf/nan raise MicroPython's messages before the host's
        return int(f(xf))

    g.__name__ = f.__name__
    return g


def _ldexp(x: object, exp: object) -> float:
    xf, e = to_float(x), _to_int(exp)
    try:
        return _m.ldexp(xf, e)
    except OverflowError:
        return _m.copysign(_m.inf, xf)


def _log(x: object, *base: object) -> float:
    r = _checked(_m.log)(x)
    if base:
        b = _checked(_m.log)(base[0])
        if b == 0:
            raise ZeroDivisionError("divide by zero")
        return r / b
    return r


def _factorial(rt: Any, x: object) -> int:
    n = _to_int(x)
    if n < 0:
        raise ValueError("negative factorial")
    if n >= 2**63:
        raise OverflowError("overflow converting long int to machine word")
    if n > 20:   # charge the result's size (about n*log2(n)/8 bytes) before computing it
        alloc(rt, int(n * _m.log2(n) / 8))
    return _m.factorial(n)


def _pow(x: object, y: object) -> float:
    xf, yf = to_float(x), to_float(y)
    if xf == 0 and yf < 0:
        raise _domain_error()
    return _checked(_m.pow)(xf, yf)


def _isclose(a: object, b: object, *, rel_tol: object = 1e-9, abs_tol: object = 0.0) -> bool:
    rt, at = to_float(rel_tol), to_float(abs_tol)
    if rt < 0 or at < 0:
        raise _domain_error()
    return _m.isclose(to_float(a), to_float(b), rel_tol=rt, abs_tol=at)


def make_module(rt: Any) -> dict[str, object]:
    """The math module."""
    if cpython_mode(rt, "math"):
        return _cpython.BUILDERS["math"](rt)
    ns: dict[str, object] = {"__name__": "math", "e": _m.e, "pi": _m.pi, "tau": _m.tau, "inf": _m.inf, "nan": _m.nan}
    for name in ("acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "erf", "erfc", "exp", "expm1",
                 "log10", "log2", "sin", "sinh", "sqrt", "tan", "tanh", "atan2", "fmod"):
        ns[name] = _checked(getattr(_m, name))
    ns["gamma"] = _checked(lambda x: _libm.tgamma(x))
    ns["lgamma"] = _checked(lambda x: _libm.lgamma(x))
    for name in ("degrees", "radians", "fabs", "copysign", "frexp", "modf"):
        ns[name] = _plain(getattr(_m, name))
    for name in ("isfinite", "isinf", "isnan"):
        ns[name] = _plain(getattr(_m, name))
    for name in ("ceil", "floor", "trunc"):
        ns[name] = _rounding(getattr(_m, name))
    def factorial(x):
        return _factorial(rt, x)

    ns.update(log=_log, ldexp=_ldexp, factorial=factorial, pow=_pow, isclose=_isclose)
    return ns


# --- cmath: MicroPython's modcmath.c formulas, which differ from CPython's in the last bits -----------------

def _to_complex(z: object) -> complex:
    if isinstance(z, complex):
        return z
    return complex(to_float(z), 0.0)


def _ln(x: float) -> float:
    """libm log: -inf at 0 instead of the host's ValueError."""
    return -_m.inf if x == 0 else _m.log(x)


def _lg(x: float) -> float:
    return -_m.inf if x == 0 else _m.log10(x)


def make_cmath(rt: Any) -> dict[str, object]:
    """The cmath module."""
    if cpython_mode(rt, "cmath"):
        return _cpython.BUILDERS["cmath"](rt)

    def phase(z):
        z = _to_complex(z)
        return _m.atan2(z.imag, z.real)

    def polar(z):
        z = _to_complex(z)
        return (_m.sqrt(z.real * z.real + z.imag * z.imag), _m.atan2(z.imag, z.real))

    def rect(r, phi):
        r, phi = to_float(r), to_float(phi)
        return complex(r * _m.cos(phi), r * _m.sin(phi))

    def exp(z):
        z = _to_complex(z)
        e = _m.exp(z.real)
        return complex(e * _m.cos(z.imag), e * _m.sin(z.imag))

    def log(z):
        z = _to_complex(z)
        return complex(0.5 * _ln(z.real * z.real + z.imag * z.imag), _m.atan2(z.imag, z.real))

    def log10(z):
        z = _to_complex(z)
        return complex(0.5 * _lg(z.real * z.real + z.imag * z.imag), 0.4342944819032518 * _m.atan2(z.imag, z.real))

    def sqrt(z):
        z = _to_complex(z)
        a = _m.pow(z.real * z.real + z.imag * z.imag, 0.25)
        t = 0.5 * _m.atan2(z.imag, z.real)
        return complex(a * _m.cos(t), a * _m.sin(t))

    def cos(z):
        z = _to_complex(z)
        return complex(_m.cos(z.real) * _m.cosh(z.imag), -_m.sin(z.real) * _m.sinh(z.imag))

    def sin(z):
        z = _to_complex(z)
        return complex(_m.sin(z.real) * _m.cosh(z.imag), _m.cos(z.real) * _m.sinh(z.imag))

    def _guard(f):
        def g(*args):
            try:
                return f(*args)
            except ValueError:
                raise _domain_error() from None
            except OverflowError:
                raise OverflowError("math range error") from None
        g.__name__ = f.__name__
        return g

    ns = {"__name__": "cmath", "e": _m.e, "pi": _m.pi}
    for f in (phase, polar, rect, exp, log, log10, sqrt, cos, sin):
        ns[f.__name__] = _guard(f)
    return ns
