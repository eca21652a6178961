"""re: MicroPython's re1.5 subset, parsed as lib/re1.5/compilecode.c does and run on the host's engine over UTF-8 bytes."""
from __future__ import annotations

import re as _host_re
from typing import Any

from mpconform.interpreter.lib import _cpython
from mpconform.interpreter.lib._profile import cpython_mode
__all__ = ["make_module", "translate"]

_NAMED = b"dDwWsS"   # MATCH_NAMED_CLASS_CHAR


class _TooComplex(Exception):
    """Internal: _compilecode returned NULL."""


def _lit(c: int) -> bytes:
    return _host_re.escape(bytes([c]))


def _class_byte(c: int) -> bytes:
    """A byte inside a host character class."""
    return b"\\x%02x" % c


def _compile(p: bytes, i: int, out: list[bytes], ngroups: list[int]) -> int:
    """Translate p[i:] up to an unmatched ')' or the end; return the index reached (like _compilecode)."""
    term = None            # index in `out` of the last repeatable term, None when nothing to repeat
    n = len(p)
    while i < n and p[i] != ord(")"):
        c = p[i]
        if c == ord("\\"):
            i += 1
            if i >= n:
                raise _TooComplex
            term = len(out)
            out.append(b"\\" + bytes([p[i]]) if p[i] in _NAMED else _lit(p[i]))
        elif c == ord("."):
            term = len(out)
            out.append(b".")
        elif c == ord("["):
            term = len(out)
            i += 1
            negate = i < n and p[i] == ord("^")
            if negate:
                i += 1
            items: list[bytes] = []
            while True:
                if i >= n:
                    raise _TooComplex
                if p[i] == ord("]"):
                    break
                if p[i] == ord("\\"):
                    i += 1
                    if i >= n:
                        raise _TooComplex
                    if p[i] in _NAMED:
                        items.append(b"\\" + bytes([p[i]]))
                        i += 1
                        continue
                lo = hi = p[i]
                if i + 2 < n and p[i + 1] == ord("-") and p[i + 2] != ord("]"):
                    i += 2
                    hi = p[i]
                if lo <= hi:   # a reversed range never matches in re1.5
                    items.append(_class_byte(lo) + (b"-" + _class_byte(hi) if hi != lo else b""))
                i += 1
            if items:
                out.append(b"[" + (b"^" if negate else b"") + b"".join(items) + b"]")
            else:
                out.append(b"." if negate else b"(?!)")
        elif c == ord("("):
            term = len(out)
            capture = not (p[i + 1:i + 3] == b"?:")
            if not capture:
                i += 2
            else:
                ngroups[0] += 1
            inner: list[bytes] = []
            i = _compile(p, i + 1, inner, ngroups)
            if i >= n or p[i] != ord(")"):
                raise _TooComplex
            if not capture and not inner:
                term = None   # "(?:)" emits no code: a quantifier after it has nothing to repeat
            else:
                out.append((b"(" if capture else b"(?:") + b"".join(inner) + b")")
        elif c in b"?*+":
            if term is None:
                raise _TooComplex   # nothing to repeat
            q = bytes([c])
            if i + 1 < n and p[i + 1] == ord("?"):
                q += b"?"
                i += 1
            out[term:] = [b"(?:" + b"".join(out[term:]) + b")" + q]
            term = None
        elif c == ord("|"):
            out.append(b"|")
            term = None
        elif c == ord("^"):
            out.append(b"\\A")
            term = None
        elif c == ord("$"):
            out.append(b"\\Z")
            term = None
        else:
            term = len(out)
            out.append(_lit(c))
        i += 1
    return i


def translate(pattern: bytes) -> tuple[bytes, int]:
    """(host bytes pattern, number of capture groups) of a MicroPython pattern, or ValueError as MicroPython says."""
    out: list[bytes] = []
    ngroups = [0]
    try:
        end = _compile(pattern, 0, out, ngroups)
    except _TooComplex:
        raise ValueError("regex too complex") from None
    if end < len(pattern):
        raise ValueError("error in regex")   # an unmatched ')' at the top level
    return b"".join(out), ngroups[0]


def _str_data(x: object) -> tuple[bytes, bool]:
    """(UTF-8 bytes, was str) of a str or bytes argument."""
    if isinstance(x, str):
        return x.encode("utf-8", "surrogatepass"), True
    if isinstance(x, (bytes, bytearray)):
        return bytes(x), False
    raise TypeError(f"can't convert '{type(x).__name__}' object to str implicitly")


def _byte_offset(string: object, data: bytes, index: int, text: bool) -> int:
    """Byte offset in the UTF-8 data of character `index`."""
    return len(string[:index].encode("utf-8", "surrogatepass")) if text else index   # type: ignore[index]


def _decode(data: bytes, text: bool) -> object:
    if not text:
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UnicodeError() from None


class match:
    """A match: only group(n), as in the unix port's build."""

    def __init__(self, m: _host_re.Match, text: bool, ngroups: int) -> None:
        self._m, self._text, self._n = m, text, ngroups + 1

    def group(self, n):
        if not isinstance(n, int):
            raise TypeError(f"can't convert {type(n).__name__} to int")
        if not 0 <= n < self._n:
            raise IndexError(n)
        g = self._m.group(n)
        return None if g is None else _decode(g, self._text)

    def __repr__(self):
        return f"<match num={self._n}>"


class _Regex:
    """A compiled pattern: match, search, sub, split."""

    def __init__(self, pattern: object) -> None:
        raw, _ = _str_data(pattern)
        host, self._ngroups = translate(raw)
        self._re = _host_re.compile(host, _host_re.DOTALL)

    def _wrap(self, m, text):
        return None if m is None else match(m, text, self._ngroups)

    def _exec(self, anchored: bool, string: object, window: tuple) -> match | None:
        """match/search over string[pos:endpos] (character indices); '^' still means the real start."""
        data, text = _str_data(string)
        start, end = 0, len(data)
        if window:
            length = len(string)   # type: ignore[arg-type]
            pos = _int(window[0])
            if pos >= length:
                return None
            pos = max(pos, 0)
            start = _byte_offset(string, data, pos, text)
            if len(window) > 1:
                endpos = _int(window[1])
                if endpos <= pos:
                    return None
                if endpos < 0:
                    endpos = max(0, endpos + length)
                end = _byte_offset(string, data, min(endpos, length), text)
        finder = self._re.match if anchored else self._re.search
        return self._wrap(finder(data, start, end), text)

    def match(self, string, *window):
        if len(window) > 2:
            raise TypeError("function expected at most 4 arguments, got %d" % (2 + len(window)))
        return self._exec(True, string, window)

    def search(self, string, *window):
        if len(window) > 2:
            raise TypeError("function expected at most 4 arguments, got %d" % (2 + len(window)))
        return self._exec(False, string, window)

    def sub(self, repl, string, count=0, *extra):
        data, text = _str_data(string)
        out = bytearray()
        pos = 0
        count = _int(count)
        if count == 0:
            count = -1
        while count != 0:
            m = self._re.search(data, pos)
            if m is None or m.start() == m.end():   # an empty match ends the substitution in MicroPython
                break
            count -= 1
            out += data[pos:m.start()]
            if callable(repl):
                r = repl(match(m, text, self._ngroups))
            else:
                r = repl
            rdata, _ = _str_data(r)
            out += self._expand(rdata, m)
            pos = m.end()
        out += data[pos:]
        return _decode(bytes(out), text)

    def _expand(self, repl: bytes, m: _host_re.Match) -> bytes:
        """Apply \\N and \\g<N> of a replacement; any other backslash just drops."""
        out = bytearray()
        i, n = 0, len(repl)
        while i < n:
            c = repl[i]
            if c != ord("\\"):
                out.append(c)
                i += 1
                continue
            i += 1
            if i >= n:
                break
            if repl[i] == ord("g") and i + 1 < n and repl[i + 1] == ord("<"):
                i += 2
                j = i
                while j < n and 48 <= repl[j] <= 57:
                    j += 1
                if j == i:
                    continue
                no = int(repl[i:j])
                i = j + 1 if j < n and repl[j] == ord(">") else j
            elif 48 <= repl[i] <= 57:
                j = i
                while j < n and 48 <= repl[j] <= 57:
                    j += 1
                no = int(repl[i:j])
                i = j
            else:
                out.append(repl[i])
                i += 1
                continue
            if no > self._ngroups:
                raise IndexError(no)
            g = m.group(no)
            if g is not None:
                out += g
        return bytes(out)

    def split(self, string, maxsplit=0):
        data, text = _str_data(string)
        maxsplit = _int(maxsplit)
        if maxsplit <= 0:
            maxsplit = -1
        parts = []
        pos = 0
        while maxsplit != 0:
            m = self._re.search(data, pos)
            if m is None or m.start() == m.end():
                break
            parts.append(_decode(data[pos:m.start()], text))
            if self._ngroups > 0:
                raise NotImplementedError("splitting with sub-captures")
            pos = m.end()
            maxsplit -= 1
        parts.append(_decode(data[pos:], text))
        return parts

    def __repr__(self):
        return f"<re {id(self) & 0xFFFFFFFFFFFF:x}>"


_Regex.__name__ = _Regex.__qualname__ = "re"


def _int(x: object) -> int:
    if isinstance(x, int):
        return int(x)
    raise TypeError(f"can't convert {type(x).__name__} to int")


def make_module(rt: Any) -> dict[str, object]:
    """The re module (compile, match, search, sub; split is a method of compiled patterns only)."""
    if cpython_mode(rt, "re"):
        return _cpython.BUILDERS["re"](rt)

    def compile(pattern, flags=0):  # noqa: A001 - the program's name
        return _Regex(pattern)

    # A third argument is taken as `pos`, not as flags, exactly as modre.c's re_exec does.
    def match_(pattern, string, *window):
        return _Regex(pattern).match(string, *window)

    def search(pattern, string, *window):
        return _Regex(pattern).search(string, *window)

    def sub(pattern, repl, string, *count_flags, **kwargs):
        if kwargs:
            raise TypeError("function doesn't take keyword arguments")
        if len(count_flags) > 2:
            raise TypeError("function expected at most 5 arguments, got %d" % (3 + len(count_flags)))
        return _Regex(pattern).sub(repl, string, *count_flags[:1])

    return {"__name__": "re", "compile": compile, "match": match_, "search": search, "sub": sub}
