"""json: extmod/modjson.c's lenient parser (',' and ':' are whitespace) and its printer (repr for the rest)."""
from __future__ import annotations

import re
from typing import Any, Callable

from mpconform.interpreter.lib import _cpython
from mpconform.interpreter.lib._profile import cpython_mode
from mpconform.interpreter.lib._rt import repr_of

__all__ = ["make_module", "loads"]

_WS = " \t\n\r"
_FLOAT = re.compile(r"([+-]?)(\d*)(?:\.(\d*))?([eE][+-]?\d+)?\Z")


class _Fail(Exception):
    """Internal: the input is not JSON MicroPython accepts."""


def _syntax_error() -> ValueError:
    return ValueError("syntax error in JSON")


def _string(s: str, i: int) -> tuple[str, int]:
    """Parse the body of a string starting after its opening quote; return (text, index after the quote)."""
    out = []
    n = len(s)
    while True:
        if i >= n:
            raise _Fail
        c = s[i]
        i += 1
        if c == '"':
            return "".join(out), i
        if c == "\\":
            if i >= n:
                raise _Fail
            c = s[i]
            i += 1
            if c == "u":
                num = 0
                for _ in range(4):   # no validation of the digits, as in C
                    d = (ord(s[i]) if i < n else 0) | 0x20
                    i += 1
                    d -= ord("0")
                    if d > 9:
                        d -= ord("a") - (ord("9") + 1)
                    num = ((num << 4) | (d & 0xFFFFFFFF)) & 0xFFFFFFFF
                c = chr(num) if num < 0x110000 else "\ufffd"
            else:
                c = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}.get(c, c)
        out.append(c)


def _number(s: str, i: int) -> tuple[object, int]:
    """Parse a number starting at s[i] ('-' or a digit)."""
    j = i + 1
    flt = False
    while j < len(s):
        c = s[j]
        if c in ".eE":
            flt = True
        elif not (c in "+-" or "0" <= c <= "9"):
            break
        j += 1
    text = s[i:j]
    if flt:
        m = _FLOAT.match(text)   # mp_parse_num_float: the mantissa may have no digits at all ("-." is -0.0)
        if m is None:
            raise ValueError("invalid syntax for number")
        sign, whole, frac, exp = m.groups()
        mantissa = (whole or "0") + "." + (frac or "0")
        return float(sign + mantissa + (exp or "")), j
    try:
        return int(text, 10), j
    except ValueError:
        shown = text[1:] if text[:1] in "+-" else text   # mp_parse_num_integer quotes the text after the sign
        raise ValueError(f"invalid syntax for integer with base 10: {shown!r}") from None


def loads(text: object) -> object:
    """Parse one JSON value (str or bytes)."""
    if isinstance(text, (bytes, bytearray)):
        s = bytes(text).decode("utf-8", "surrogateescape")
    elif isinstance(text, str):
        s = text
    else:
        raise TypeError(f"object with buffer protocol required")
    try:
        return _parse(s)
    except _Fail:
        raise _syntax_error() from None


_NONE = object()


def _parse(s: str) -> object:
    stack: list[object] = []
    top: object = _NONE
    key: object = _NONE
    i, n = 0, len(s)
    complete = False
    while i < n:
        c = s[i]
        i += 1
        enter = False
        if c in ",: \t\n\r":
            continue
        if c == "n" and s[i:i + 3] == "ull":
            value, i = None, i + 3
        elif c == "f" and s[i:i + 4] == "alse":
            value, i = False, i + 4
        elif c == "t" and s[i:i + 3] == "rue":
            value, i = True, i + 3
        elif c == '"':
            value, i = _string(s, i)
        elif c == "-" or "0" <= c <= "9":
            value, i = _number(s, i - 1)
        elif c == "[":
            value, enter = [], True
        elif c == "{":
            value, enter = {}, True
        elif c in "]}":
            if top is _NONE:
                raise _Fail
            if not stack:
                complete = True
                break
            top = stack.pop()
            continue
        else:
            raise _Fail
        if top is _NONE:
            top = value
            if not enter:
                complete = True
                break
        else:
            if isinstance(top, list):
                top.append(value)
            elif key is _NONE:
                if enter:
                    raise _Fail
                key = value
            else:
                top[key] = value  # type: ignore[index]
                key = _NONE
            if enter:
                stack.append(top)
                top = value
    while i < n and s[i] in _WS + "\v\f":
        i += 1
    if not complete or i < n or top is _NONE or stack:   # input ending inside a value is an error
        raise _Fail
    return top


def _json_str(data: str) -> str:
    """mp_str_print_json: escape quote, backslash and control characters; everything else is raw."""
    out = ['"']
    for ch in data:
        o = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif o >= 32:
            out.append(ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append("\\u%04x" % o)
    out.append('"')
    return "".join(out)


def _dumper(rt: Any, item_sep: str, key_sep: str) -> Callable[[object], str]:
    r = repr_of(rt)

    def dump(x: object) -> str:
        if x is None:
            return "null"
        if x is True:
            return "true"
        if x is False:
            return "false"
        if isinstance(x, str):
            return _json_str(x)
        if isinstance(x, bytes):
            return _json_str(x.decode("latin-1"))
        if isinstance(x, int):
            return str(int(x))
        if isinstance(x, (list, tuple)):
            return "[" + item_sep.join(dump(v) for v in x) + "]"
        if isinstance(x, dict):
            parts = []
            for k, v in x.items():
                ks = dump(k)
                if not isinstance(k, (str, bytes)):
                    ks = '"' + ks + '"'
                parts.append(ks + key_sep + dump(v))
            return "{" + item_sep.join(parts) + "}"
        return r(x)   # floats and every other object print as their repr, as in MicroPython

    return dump


def _separators(separators: object) -> tuple[str, str]:
    if separators is None:
        return ", ", ": "
    if not isinstance(separators, (tuple, list)) or len(separators) != 2:
        raise ValueError("requested length 2 but object has length %d" % len(separators)  # type: ignore[arg-type]
                         if isinstance(separators, (tuple, list)) else "object not iterable")
    a, b = separators
    if not isinstance(a, str) or not isinstance(b, str):
        raise TypeError("can't convert to str implicitly")
    return a, b


def make_module(rt: Any) -> dict[str, object]:
    """The json module."""
    if cpython_mode(rt, "json"):
        return _cpython.BUILDERS["json"](rt)

    def dumps(obj, *extra, separators=None):
        if extra:
            raise TypeError("extra positional arguments given")
        return _dumper(rt, *_separators(separators))(obj)

    def dump(obj, stream, *extra, separators=None):
        if extra:
            raise TypeError("extra positional arguments given")
        stream.write(dumps(obj, separators=separators))

    def load(stream):
        return loads(stream.read())

    return {"__name__": "json", "dumps": dumps, "dump": dump, "loads": loads, "load": load}
