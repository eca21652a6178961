"""Classes and types as the port has them (py/objtype.c): the class statement, depth-first lookup order,
super() and properties, isinstance with a bool that is no int, comparisons without a reflected operator."""
from __future__ import annotations

__all__ = ["prepare_class", "MpSuper", "isinstance_", "issubclass_", "NATIVE", "compare"]

from .objexcept import native_method
from .objslice import takes_slices
from .runtime import MISS, mp

_FUNCTION = type(lambda: None)


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
_MpType.__module__ = "builtins"


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
    if mp("types_slice_constructor"):
        for name in ("__getitem__", "__setitem__", "__delitem__"):
            if type(ns.get(name)) is _FUNCTION:
                ns[name] = takes_slices(ns[name])
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
                if c.__module__ == "builtins":
                    native = native_method(c, name, o)
                    if native is not None:
                        return native
                break
        return getattr(get(self, "_s"), name)

    def __repr__(self):
        return repr(object.__getattribute__(self, "_s"))


MpSuper.__name__ = MpSuper.__qualname__ = "super"     # type(super()) prints <class 'super'>, as on the port
MpSuper.__module__ = "builtins"


# ---- comparisons: no reflected operator (core_class_reflected_compare)
NATIVE = frozenset({int, float, str, bytes, bool, list, tuple, set, frozenset, complex, bytearray, type(None)})


def compare(a, b, name: str):
    """a <op> b trying only a's method, as the port does for instances of user classes."""
    m = getattr(type(a), name, None)
    r = m(a, b) if m is not None else NotImplemented
    if r is NotImplemented:
        raise TypeError(f"unsupported types for {name}: '{type(a).__name__}', '{type(b).__name__}'")
    return r
