"""MicroPython-profile behaviour of built-in objects (py/obj*.c's quirks), used where differences.py says so.

The reference runs program values as host objects; where the unix port 1.29 behaves differently from
CPython, the compiler and builtins route the operation through a function here, chosen at compile time
from the active profile so that `--profile cpython` pays nothing. Each helper names its catalogue id.
"""
from __future__ import annotations

__all__ = ["float_repr", "mp_repr", "mp_str", "mp_sort", "complex_pow", "mp_round", "isinstance_",
           "issubclass_", "SliceType", "Zip", "ATTR_HOOKS", "MISS", "NO_ATTR_TYPES", "prepare_class",
           "check_step", "MpSuper", "mp_format", "NO_KW"]

import builtins as _hb
import math
import string
import types
from decimal import ROUND_HALF_EVEN, Decimal

from .runtime import State, mp, not_implemented, oserror_str

MISS = object()        # an attribute hook declining: the host attribute applies
NO_KW = "keyword argument(s) not implemented - use normal args instead"
_STEP_MSG = "only slices with step=1 (aka None) are supported"   # loads; stores/deletes say nothing


# ---- float and str reprs (new catalogue entries types_float_repr, types_str_repr_nonascii)
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


class _Shown:
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
        return v if v.isascii() else _Shown(v)
    return _Shown(v) if t is float or t in (list, tuple, dict, set, frozenset) or isinstance(v, KeyError) else v


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
        return v if v.isascii() else _Shown(v)
    return _Shown(v) if t in (list, tuple, dict, set, frozenset) else v


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


# ---- list.sort: py/objlist.c's quicksort, not stable (types_list_sort_stability)
def _quicksort(a: list, head: int, tail: int, key, less_result: bool) -> None:
    while head < tail:
        h, t = head - 1, tail
        v = a[tail] if key is None else key(a[tail])
        while True:
            h += 1
            while h < t and ((a[h] if key is None else key(a[h])) < v) == less_result:
                h += 1
            t -= 1
            while h < t and (v < (a[t] if key is None else key(a[t]))) == less_result:
                t -= 1
            if h >= t:
                break
            a[h], a[t] = a[t], a[h]
        a[h], a[tail] = a[tail], a[h]
        if t - head < tail - h - 1:
            _quicksort(a, head, t, key, less_result)
            head = h + 1
        else:
            _quicksort(a, h + 1, tail, key, less_result)
            tail = t


_INDISTINCT = (int, str, bytes)     # equal values of one of these types cannot be told apart


def mp_sort(a: list, *args, key=None, reverse=False) -> None:
    if args:
        raise TypeError("function takes 1 positional arguments but %d were given" % (len(args) + 1))
    if key is None and a and type(a[0]) in _INDISTINCT and all(type(x) is type(a[0]) for x in a):
        a.sort(reverse=reverse)     # same result as the port's quicksort, at the host's speed
        return
    _quicksort(a, 0, len(a) - 1, key, not reverse)


def sorted_(it, *args, key=None, reverse=False):
    if args:
        raise TypeError("function takes 1 positional arguments but %d were given" % (len(args) + 1))
    a = list(it)
    mp_sort(a, key=key, reverse=reverse)
    return a


# ---- numbers
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


def isinstance_(obj, cls):
    """bool is not an int subclass (types_bool_int)."""
    r = isinstance(obj, cls)
    if r and type(obj) is bool:
        return any(c is not int and isinstance(obj, c) for c in _flat(cls))
    return r


def issubclass_(c, cls):
    r = issubclass(c, cls)
    if r and isinstance(c, type) and issubclass(c, bool) and c.__module__ == "builtins":
        return any(k is not int and issubclass(c, k) for k in _flat(cls))
    return r


def _flat(cls):
    if type(cls) is not tuple:
        yield cls
        return
    for c in cls:
        yield from _flat(c)


class _SliceMeta(type):
    def __instancecheck__(cls, x):
        return type(x) is slice

    def __call__(cls, *a, **k):
        raise TypeError("can't create 'slice' instances")

    def __repr__(cls):
        return "<class 'slice'>"


class SliceType(metaclass=_SliceMeta):
    """The slice builtin: a type that cannot be called (types_slice_constructor)."""


SliceType.__name__ = SliceType.__qualname__ = "slice"


class Zip(_hb.zip):
    """zip without the strict keyword (builtin_zip_strict)."""

    def __new__(cls, *its, **kw):
        if kw:
            raise TypeError("function doesn't take keyword arguments")
        return _hb.zip.__new__(cls, *its)


Zip.__name__ = Zip.__qualname__ = "zip"
Zip.__module__ = "builtins"


# ---- subscripts with a step (types_str_subscrstep, types_bytes_subscrstep, types_list_*_subscrstep)
_LOAD_NOSTEP = (str, bytes, bytearray, tuple)


def check_step(o, s, store: bool) -> None:
    """NotImplementedError for a slice with step != 1 where the port has none."""
    if type(s) is slice and s.step is not None and s.step != 1:
        t = type(o)
        if t is list and store and mp("types_list_store_subscrstep"):
            raise not_implemented()
        if not store and t in _LOAD_NOSTEP and mp(_STEP_ID[t]):
            raise NotImplementedError(_STEP_MSG)


_STEP_ID = {str: "types_str_subscrstep", bytes: "types_bytes_subscrstep", bytearray: "types_bytes_subscrstep",
            tuple: "types_str_subscrstep"}


# ---- attribute hooks: name -> function(value) returning the port's attribute or MISS
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


def _sort_hook(v):
    if type(v) is not list or not mp("types_list_sort_stability"):
        return MISS
    return lambda *a, **kw: mp_sort(v, *a, **kw)


def _int_bytes_hook(name):
    def hook(v):
        if not (v is int or type(v) is int) or not mp("types_int_from_bytes_signed"):
            return MISS
        host = getattr(v, name)

        def f(*a, **kw):
            if kw:
                raise TypeError("function doesn't take keyword arguments")
            return host(*a[:2], signed=bool(a[2])) if len(a) > 2 else host(*a)
        return f
    return hook


def _builtin_exc(t) -> bool:
    return isinstance(t, type) and issubclass(t, BaseException) and t.__module__ == "builtins"


def _exc_init_hook(v):
    if _builtin_exc(v) and mp("types_exception_subclassinit"):
        raise AttributeError(f"type object '{v.__name__}' has no attribute '__init__'")
    return MISS


def _exc_value_hook(name):
    def hook(v):
        if not isinstance(v, BaseException) or not mp("types_exception_attrs"):
            return MISS
        try:
            return getattr(v, name)
        except AttributeError:
            return v.args[0] if v.args else None
    return hook


def _no_chain_hook(name):
    def hook(v):
        if isinstance(v, BaseException) and mp("core_exception_chaining"):
            raise AttributeError(f"'{type(v).__name__}' object has no attribute '{name}'")
        return MISS
    return hook


ATTR_HOOKS = {
    "__cause__": _no_chain_hook("__cause__"),
    "__context__": _no_chain_hook("__context__"),
    "__suppress_context__": _no_chain_hook("__suppress_context__"),
    "upper": _str_hook(_upper, "types_str_unicode_case"),
    "lower": _str_hook(_lower, "types_str_unicode_case"),
    "encode": _str_hook(_encode, "types_str_encode_codec"),
    "rsplit": _str_hook(_rsplit, "types_str_rsplitnone"),
    "format": lambda v: mp_format(v) if type(v) is str else MISS,
    "decode": _decode_hook,
    "sort": _sort_hook,
    "from_bytes": _int_bytes_hook("from_bytes"),
    "__init__": _exc_init_hook,
    "value": _exc_value_hook("value"),
    "errno": _exc_value_hook("errno"),
}

# types whose instances take no new attributes (core_function_userattr, types_exception_instancevar)
NO_ATTR_TYPES = {types.FunctionType: "core_function_userattr"}
NO_ATTR_TYPES.update({t: "types_exception_instancevar" for t in vars(_hb).values() if _builtin_exc(t)})


def check_store_attr(o, name: str) -> None:
    diff = NO_ATTR_TYPES.get(type(o))
    if diff is not None and mp(diff) and not name.startswith("_mp_"):
        raise AttributeError(f"'{'function' if type(o) is types.FunctionType else type(o).__name__}' "
                             f"object has no attribute '{name}'")


# ---- classes
class _MpType(type):
    """Metaclass of classes whose depth-first lookup order differs from C3 (core_class_mro)."""

    def mro(cls):
        order: list = []

        def walk(c):
            if c is not object and c not in order:
                order.append(c)
            for b in c.__bases__:
                walk(b)
        walk(cls)
        return order + [object]


_MpType.__name__ = _MpType.__qualname__ = "type"


class _NoInitSubclass:
    """__init_subclass__ kept as a plain attribute that subclass creation does not run (core_class_initsubclass)."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls=None):
        return lambda *a, **kw: None


def prepare_class(meta, bases: tuple, ns: dict, kw: dict):
    """The port's class statement: no keywords, no finaliser, no __getattribute__/__index__ protocol."""
    if kw and mp("core_class_metaclass"):
        raise TypeError("function doesn't take keyword arguments")
    if mp("core_class_delnotimpl"):
        ns.pop("__del__", None)
    if mp("core_class_getattribute"):
        ns.pop("__getattribute__", None)
    if mp("core_class_index"):
        ns.pop("__index__", None)
    if mp("core_class_initsubclass") and "__init_subclass__" in ns:
        ns["__init_subclass__"] = _NoInitSubclass(ns["__init_subclass__"])
    if mp("core_class_initsubclass") and any(_user_init_subclass(b) for b in bases):
        ns.setdefault("__init_subclass__", _NoInitSubclass(None))
    if len(bases) > 1 and meta is type and mp("core_class_mro"):
        if _c3(bases) != _MpType.mro(_Probe(bases))[1:]:
            meta = _MpType
    return meta


def _user_init_subclass(b) -> bool:
    return any("__init_subclass__" in c.__dict__ and c.__module__ != "builtins" for c in b.__mro__)


def _c3(bases: tuple):
    """CPython's C3 order of a class with these bases (without the class itself); None if inconsistent."""
    seqs = [list(b.__mro__) for b in bases] + [list(bases)]
    out = []
    while any(seqs):
        seqs = [q for q in seqs if q]
        for q in seqs:
            head = q[0]
            if not any(head in r[1:] for r in seqs):
                break
        else:
            return None
        out.append(head)
        for q in seqs:
            if q and q[0] is head:
                del q[0]
    return out


class _Probe:
    """Stands for the class being created when computing its depth-first order."""

    def __init__(self, bases):
        self.__bases__ = bases


class MpSuper:
    """super() whose property lookups return the property object (core_class_superproperty)."""
    __slots__ = ("_s", "_cls", "_obj")

    def __init__(self, cls, obj):
        object.__setattr__(self, "_s", super(cls, obj))
        object.__setattr__(self, "_cls", cls)
        object.__setattr__(self, "_obj", obj)

    def __getattribute__(self, name):
        get = object.__getattribute__
        o, cls = get(self, "_obj"), get(self, "_cls")
        mro = (o if isinstance(o, type) else type(o)).__mro__
        for c in mro[mro.index(cls) + 1:] if cls in mro else ():
            v = c.__dict__.get(name, MISS)
            if v is not MISS:
                if type(v) is property:
                    return v
                break
        return getattr(get(self, "_s"), name)

    def __repr__(self):
        return repr(object.__getattribute__(self, "_s"))


# ---- comparisons: no reflected operator (core_class_reflected_compare)
NATIVE = frozenset({int, float, str, bytes, bool, list, tuple, set, frozenset, complex, bytearray, type(None)})


def compare(a, b, name: str):
    """a <op> b trying only a's method, as the port does for instances of user classes."""
    m = getattr(type(a), name, None)
    r = m(a, b) if m is not None else NotImplemented
    if r is NotImplemented:
        raise TypeError(f"unsupported types for {name}: '{type(a).__name__}', '{type(b).__name__}'")
    return r
