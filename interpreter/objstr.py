"""str and bytes as the port has them (py/objstr.c): reprs, str(), % and format(), and the methods whose
behaviour differs (case mapping of ASCII only, encode, rsplit, decode errors, no keyword arguments).

repr() and str() of containers live here too: they print their items through the same reprs.
"""
from __future__ import annotations

__all__ = ["mp_repr", "mp_str", "Shown", "shown", "str_mod", "mp_format", "NO_KW", "STR_HOOKS"]

import string

from .objfloat import float_repr
from .runtime import MISS, State, mp, oserror_str

NO_KW = "keyword argument(s) not implemented - use normal args instead"   # str/bytes methods (types_str_keywords)


# ---- reprs (new catalogue entries types_float_repr, types_str_repr_nonascii)
_SCALAR = (int, bool, type(None))


def mp_repr(x) -> str:
    """repr() as the port prints it: floats per float_repr, str escaping every non-ASCII character."""
    t = type(x)
    if t is str:
        return ascii(x) if mp("types_str_repr_nonascii") and not x.isascii() else repr(x)
    if t is float:
        return float_repr(x) if mp("types_float_repr") else repr(x)
    if t in _SCALAR:
        return repr(x)
    if t is list:
        return "[" + ", ".join([mp_repr(v) for v in x]) + "]"
    if t is tuple:
        return "(" + ", ".join([mp_repr(v) for v in x]) + ("," if len(x) == 1 else "") + ")"
    if t is dict:
        return "{" + ", ".join([mp_repr(k) + ": " + mp_repr(v) for k, v in x.items()]) + "}"
    if t in (set, frozenset) and x:
        body = "{" + ", ".join([mp_repr(v) for v in x]) + "}"
        return body if t is set else f"frozenset({body})"
    if t is complex and mp("types_float_repr"):
        return repr(x)
    if isinstance(x, BaseException) and State.mp_messages and len(x.args) == 1 and t.__repr__ is BaseException.__repr__:
        return f"{t.__name__}({mp_repr(x.args[0])},)"   # the port prints the args tuple: ValueError('a',)
    return repr(x)


def mp_str(x) -> str:
    """str() as the port computes it (KeyError without quotes: core_errmsg_keyerror_str)."""
    t = type(x)
    if t is str:
        return x
    if t is float or t in (list, tuple, dict, set, frozenset):
        return mp_repr(x)
    if isinstance(x, KeyError) and len(x.args) == 1 and mp("core_errmsg_keyerror_str"):
        return mp_str(x.args[0])
    if isinstance(x, OSError) and State.mp_messages:
        s = oserror_str(x)
        if s is not None:
            return s
    return str(x)


class Shown:
    """A value as str.format/f-strings see it under the port's reprs (floats, non-ASCII strs)."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        return mp_str(self.v) if not spec and type(self.v) is not str else format(self.v, spec)

    def __str__(self):
        return mp_str(self.v)

    def __repr__(self):
        return mp_repr(self.v)

    def __getattr__(self, name):
        return getattr(self.v, name)


def shown(v):
    t = type(v)
    if t is str:
        return v if v.isascii() else Shown(v)
    return Shown(v) if t is float or t in (list, tuple, dict, set, frozenset) or isinstance(v, KeyError) else v


class _Float(float):
    """A float argument of str % (...): %s and %r show the port's repr, numeric conversions still work."""

    def __str__(self):
        return float_repr(self)

    __repr__ = __str__


def pct_arg(v):
    t = type(v)
    if t is float:
        return _Float(v) if mp("types_float_repr") else v
    if t is str:
        return v if v.isascii() else Shown(v)
    return Shown(v) if t in (list, tuple, dict, set, frozenset) else v


def str_mod(a: str, b):
    """str % args with the port's reprs inside."""
    if type(b) is tuple:
        return a % tuple([pct_arg(x) for x in b])
    if type(b) is dict:
        return a % b
    return a % pct_arg(b)


def mp_format(s: str):
    """str.format of the port: no attribute/index fields, no !a (types_str_formatsubscr, types_str_format_ascii)."""
    def fmt(*args, **kw):
        for _, field, spec, conv in string.Formatter().parse(s):
            if field and ("." in field or "[" in field) and mp("types_str_formatsubscr"):
                raise NotImplementedError("attributes not supported")
            if conv == "a" and mp("types_str_format_ascii"):
                raise ValueError("unknown conversion specifier a")
        return s.format(*[shown(a) for a in args], **{k: shown(v) for k, v in kw.items()})
    return fmt


# ---- methods: name -> function(value) returning the port's method or MISS (see attrs.py)
def _upper(s):
    return lambda: "".join([c.upper() if c < "\x80" else c for c in s])


def _lower(s):
    return lambda: "".join([c.lower() if c < "\x80" else c for c in s])


def _str_hook(make, diff):
    def hook(v):
        return make(v) if type(v) is str and mp(diff) else MISS
    return hook


def _encode(s):
    def encode(*a, **kw):
        return s.encode()
    return encode


def _rsplit(s):
    def rsplit(sep=None, maxsplit=-1):
        if sep is None and maxsplit != -1:
            raise NotImplementedError("rsplit(None,n)")
        return s.rsplit(sep, maxsplit)
    return rsplit


def _decode_hook(v):
    if type(v) not in (bytes, bytearray) or not mp("types_bytes_decode_errors"):
        return MISS

    def decode(*a, **kw):
        try:
            return v.decode()
        except UnicodeDecodeError:
            raise UnicodeError() from None
    return decode


#: attribute hooks of str and bytes (see attrs.py)
STR_HOOKS = {
    "upper": _str_hook(_upper, "types_str_unicode_case"),
    "lower": _str_hook(_lower, "types_str_unicode_case"),
    "encode": _str_hook(_encode, "types_str_encode_codec"),
    "rsplit": _str_hook(_rsplit, "types_str_rsplitnone"),
    "format": lambda v: mp_format(v) if type(v) is str else MISS,
    "decode": _decode_hook,
}
