"""Template strings (PEP 750) of a build with MICROPY_PY_TSTRINGS (py/objtemplate.c): Template, Interpolation."""
from __future__ import annotations

__all__ = ["Template", "Interpolation", "template_maker", "make_string"]

from .objstr import mp_repr
from .runtime import BuiltinModule, State, check_heap_unlocked

# Written from PEP 750 and CPython 3.14's string.templatelib, which the port's t-strings follow: no build of
# the port with MICROPY_PY_TSTRINGS was at hand (the pip unix port 1.29 has none), so messages of errors the
# suite does not pin are CPython's, and string.templatelib.convert() is left out (not known to be in 1.29).

_CONVERSIONS = (None, "s", "r", "a")


class Interpolation:
    """One replacement field of a t-string: its value, the expression's text, conversion and format spec."""

    __slots__ = ("value", "expression", "conversion", "format_spec")
    __match_args__ = ("value", "expression", "conversion", "format_spec")

    def __init__(self, value, expression="", conversion=None, format_spec=""):
        for name, v in (("expression", expression), ("format_spec", format_spec)):
            if type(v) is not str:
                raise TypeError(f"Interpolation() argument '{name}' must be str, not {type(v).__name__}")
        if conversion not in _CONVERSIONS:
            raise ValueError("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'")
        for name, v in zip(self.__slots__, (value, expression, conversion, format_spec)):
            object.__setattr__(self, name, v)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")      # immutable, as in CPython

    def __repr__(self) -> str:
        return "Interpolation(" + ", ".join([mp_repr(getattr(self, k)) for k in self.__slots__]) + ")"


class Template:
    """A t-string's value: len(interpolations) + 1 static strings around the interpolations."""

    __slots__ = ("strings", "interpolations")

    def __init__(self, *args):
        strings, fields, pending = [], [], ""
        for a in args:
            if isinstance(a, str):
                pending += a            # consecutive strings are joined
            elif isinstance(a, Interpolation):
                strings.append(pending)
                fields.append(a)
                pending = ""
            else:
                raise TypeError(f"Template.__new__ *args need to be of type 'str' or 'Interpolation', "
                                f"got {type(a).__name__}")
        strings.append(pending)
        _fill(self, tuple(strings), tuple(fields))

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    @property
    def values(self) -> tuple:
        return tuple([i.value for i in self.interpolations])

    def __iter__(self):
        # the non-empty strings and every interpolation, in source order
        for s, i in zip(self.strings, self.interpolations):
            if s:
                yield s
            yield i
        if self.strings[-1]:
            yield self.strings[-1]

    def __add__(self, other):
        if not isinstance(other, Template):
            # a Template joins only Templates (PEP 750's final rule): on the port, its binary op declines and
            # the runtime says "unsupported types for __add__"
            if State.mp_messages:
                return NotImplemented
            raise TypeError(f"can only concatenate string.templatelib.Template (not \"{type(other).__name__}\") "
                            f"to string.templatelib.Template")
        a, b = self.strings, other.strings
        return _made(a[:-1] + (a[-1] + b[0],) + b[1:], self.interpolations + other.interpolations)

    def __repr__(self) -> str:
        return f"Template(strings={mp_repr(self.strings)}, interpolations={mp_repr(self.interpolations)})"


def _fill(t: Template, strings: tuple, fields: tuple) -> None:
    object.__setattr__(t, "strings", strings)
    object.__setattr__(t, "interpolations", fields)


def _made(strings: tuple, fields: tuple) -> Template:
    """A Template from parts already in shape (one more string than interpolations)."""
    t = object.__new__(Template)
    _fill(t, strings, fields)
    return t


def template_maker(strings: tuple, fields: list):
    """The evaluator of a t-string literal: `fields` are (value, expression text, conversion, spec evaluator or
    None); each value is evaluated, then its spec's nested fields, left to right."""
    def ev(f):
        check_heap_unlocked()
        made = []
        for value, text, conv, spec in fields:
            v = value(f)
            made.append(Interpolation(v, text, conv, spec(f) if spec is not None else ""))
        return _made(strings, tuple(made))
    return ev


for _cls in (Template, Interpolation):
    _cls.__module__ = "builtins"        # the port prints a built-in type as <class 'Template'>


def make_string(interp) -> dict:
    """The string package: only its submodule templatelib, in its table as a built-in subpackage has it."""
    templatelib = {"__name__": "string.templatelib", "Template": Template, "Interpolation": Interpolation}
    return {"__name__": "string", "templatelib": BuiltinModule._made("string.templatelib", templatelib)}
