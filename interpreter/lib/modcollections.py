"""collections: namedtuple, OrderedDict and deque with MicroPython's API, reprs and messages."""
from __future__ import annotations

from typing import Any

from mpconform.interpreter.lib import _cpython
from mpconform.interpreter.lib._profile import cpython_mode
from mpconform.interpreter.lib._rt import port_type, repr_of

__all__ = ["make_module"]


def _iterate(obj: object) -> list:
    try:
        return list(obj)   # type: ignore[call-overload]
    except TypeError:
        raise TypeError(f"'{type(obj).__name__}' object isn't iterable") from None


def _make_namedtuple(rt: Any):
    r = repr_of(rt)

    def namedtuple(name, fields):
        if isinstance(fields, str):
            fields = fields.split()   # MicroPython splits on whitespace only, not on commas
        elif isinstance(fields, (list, tuple)):
            fields = list(fields)
        else:
            raise TypeError(f"object '{type(fields).__name__}' isn't a tuple or list")
        n = len(fields)

        def __new__(cls, *args, **kwargs):
            if len(args) > n:
                raise TypeError(f"{name}() takes {n} positional arguments but {len(args)} were given")
            values = list(args) + [_MISSING] * (n - len(args))
            for key, value in kwargs.items():
                if key not in fields:
                    raise TypeError(f"unexpected keyword argument '{key}'")
                i = fields.index(key)
                if values[i] is not _MISSING:
                    raise TypeError(f"function got multiple values for argument '{key}'")
                values[i] = value
            if _MISSING in values:
                raise TypeError(f"{name}() takes {n} positional arguments but {len(args)} were given")
            return tuple.__new__(cls, values)

        def __repr__(self):
            return f"{name}(" + ", ".join(f"{f}={r(v)}" for f, v in zip(fields, self)) + ")"

        def __setattr__(self, key, value):
            raise AttributeError("can't set attribute")

        body: dict[str, object] = {"__slots__": (), "__new__": __new__, "__repr__": __repr__,
                                   "__setattr__": __setattr__}
        for i, f in enumerate(fields):
            body[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
        return type(name, (tuple,), body)

    return namedtuple


_MISSING = object()


def _make_ordereddict(rt: Any) -> type:
    r = repr_of(rt)

    class OrderedDict(dict):
        """A dict that prints as OrderedDict({...}) and is never equal to a plain dict."""

        def __repr__(self):
            return "OrderedDict({" + ", ".join(f"{r(k)}: {r(v)}" for k, v in self.items()) + "})"

        def __eq__(self, other):
            if isinstance(other, dict) and (type(other) is dict) != (type(self) is dict):
                return False
            if isinstance(other, OrderedDict):   # two ordered dicts are equal only in the same order
                return list(self.items()) == list(other.items())
            return dict.__eq__(self, other)

        def __ne__(self, other):
            return not self.__eq__(other)

        __hash__ = None  # type: ignore[assignment]

    return port_type(OrderedDict)


@port_type
class deque:
    """deque(iterable, maxlen[, flags]): a bounded queue; flags=1 makes overflow an IndexError('full')."""

    def __init__(self, iterable, maxlen, flags=0, *more, **kwargs):
        if not isinstance(maxlen, int):
            raise TypeError(f"can't convert {type(maxlen).__name__} to int")
        if maxlen < 0:
            raise ValueError()
        self._maxlen, self._strict = int(maxlen), bool(flags & 1)
        self._items: list[object] = []
        for x in _iterate(iterable):
            self.append(x)

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("function doesn't take keyword arguments")
        if len(args) < 2:
            raise TypeError("function missing %d required positional arguments" % (2 - len(args)))
        return object.__new__(cls)

    def append(self, x):
        if len(self._items) >= self._maxlen:
            if self._strict:
                raise IndexError("full")
            if self._maxlen == 0:
                return
            del self._items[0]
        self._items.append(x)

    def appendleft(self, x):
        if len(self._items) >= self._maxlen:
            if self._strict:
                raise IndexError("full")
            if self._maxlen == 0:
                return
            del self._items[-1]
        self._items.insert(0, x)

    def extend(self, iterable):
        for x in _iterate(iterable):
            self.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("empty")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("empty")
        return self._items.pop(0)

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"can't convert {type(i).__name__} to int")
        if i < 0:
            i += len(self._items)
        if not 0 <= i < len(self._items):
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, v):
        self._items[self._index(i)] = v

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __repr__(self):
        return "<deque>"

    __hash__ = object.__hash__


def make_module(rt: Any) -> dict[str, object]:
    """The collections module."""
    if cpython_mode(rt, "collections"):
        return _cpython.BUILDERS["collections"](rt)
    return {"__name__": "collections", "namedtuple": _make_namedtuple(rt), "OrderedDict": _make_ordereddict(rt),
            "deque": deque}
