"""Lexer: program text to a list of tokens (py/lexer.c's twin), with INDENT/DEDENT and string decoding."""
from __future__ import annotations

__all__ = ["Token", "tokenize", "MpSyntaxError", "decode_escapes"]

import re
import unicodedata
from typing import NamedTuple

from .runtime import State, mp


class MpSyntaxError(Exception):
    """A syntax error found by the lexer or parser; carries the line and the program's message."""

    def __init__(self, msg: str, line: int, indent: bool = False):
        super().__init__(msg)
        self.msg = msg
        self.line = line
        self.indent = indent        # an IndentationError (a SyntaxError subclass) for the program

    def program_error(self) -> SyntaxError:
        """The exception the program sees."""
        return (IndentationError if self.indent else SyntaxError)(self.msg)


class Token(NamedTuple):
    kind: str      # NAME NUMBER STRING OP NEWLINE INDENT DEDENT END
    value: object  # str for NAME/OP; number; (prefix, text) for STRING, (prefix, text, args) for the port's f""
    line: int


# Longest operators first so that the greedy match picks '**=' before '**' before '*'.
_OPS = sorted("""
( ) [ ] { } , : ; . ... @ = -> += -= *= /= //= %= @= &= |= ^= >>= <<= **= :=
+ - * / // % ** << >> & | ^ ~ < > <= >= == != !
""".split(), key=len, reverse=True)
_OPEN, _CLOSE = "([{", ")]}"
_ESC = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b",
        "f": "\f", "v": "\v", "0": "\0", "\n": ""}


def decode_escapes(s: str, is_bytes: bool, line: int) -> str:
    """Decode backslash escapes of a non-raw literal; returns a str (latin-1 code points for bytes)."""
    if "\\" not in s:
        return s
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if c != "\\" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = s[i + 1]
        if e in "01234567":
            j = i + 1
            while j < n and j < i + 4 and s[j] in "01234567":
                j += 1
            out.append(chr(int(s[i + 1:j], 8) & (0xFF if is_bytes else 0x1FFFFF)))
            i = j
        elif e == "x":
            h = s[i + 2:i + 4]
            if len(h) != 2 or any(ch not in "0123456789abcdefABCDEF" for ch in h):
                raise MpSyntaxError("invalid escape sequence", line)
            out.append(chr(int(h, 16)))
            i += 4
        elif e in "uU" and not is_bytes:
            k = 4 if e == "u" else 8
            h = s[i + 2:i + 2 + k]
            if len(h) != k or any(ch not in "0123456789abcdefABCDEF" for ch in h):
                raise MpSyntaxError("invalid escape sequence", line)
            out.append(chr(int(h, 16)))
            i += 2 + k
        elif e == "N" and not is_bytes:
            if mp("core_syntax_unicode_nameesc"):
                raise NotImplementedError("unicode name escapes")   # as the port's compiler raises it
            end = s.find("}", i)
            try:
                if s[i + 2:i + 3] != "{" or end < 0:
                    raise KeyError(s[i:i + 2])
                out.append(unicodedata.lookup(s[i + 3:end]))
            except KeyError:
                raise MpSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes: "
                                    "malformed \\N character escape", line) from None
            i = end + 1
        elif e in _ESC:
            out.append(_ESC[e])
            i += 2
        else:
            out.append("\\" + e)
            i += 2
    return "".join(out)


def _is_name_start(c: str) -> bool:
    return c.isalpha() or c == "_" or ord(c) > 127


def _is_name_char(c: str) -> bool:
    return c.isalnum() or c == "_" or ord(c) > 127


def _number(src: str, i: int, line: int) -> tuple[object, int]:
    """Scan a numeric literal at src[i]; returns (value, end index)."""
    n = len(src)
    j = i
    if src[i] == "0" and i + 1 < n and src[i + 1] in "xXoObB":
        base = {"x": 16, "o": 8, "b": 2}[src[i + 1].lower()]
        j = i + 2
        while j < n and (src[j].isalnum() or src[j] == "_"):
            j += 1
        _check_underscores(src[i + 2:j], True, line)
        text = src[i + 2:j].replace("_", "")
        try:
            return int(text, base), j
        except ValueError:
            # py/parsenum.c names the base and the digits after the prefix; an imaginary suffix makes the
            # token a float-or-imaginary one, whose parser says only "number"
            msg = "invalid syntax for number" if "j" in text.lower() else \
                f"invalid syntax for integer with base {base}: '{text}'"
            raise MpSyntaxError(msg, line) from None
    while j < n and (src[j].isdigit() or src[j] == "_"):
        j += 1
    is_float = False
    if j < n and src[j] == ".":
        is_float = True
        j += 1
        while j < n and (src[j].isdigit() or src[j] == "_"):
            j += 1
    if j < n and src[j] in "eE":
        k = j + 1
        if k < n and src[k] in "+-":
            k += 1
        if k < n and src[k].isdigit():
            is_float = True
            j = k
            while j < n and (src[j].isdigit() or src[j] == "_"):
                j += 1
    _check_underscores(src[i:j], False, line)
    text = src[i:j].replace("_", "")
    if j < n and src[j] in "jJ":
        return complex(0, float(text)), j + 1
    if j < n and _is_name_char(src[j]):
        k = j
        while k < n and _is_name_char(src[k]):
            k += 1
        # CPython ends the number before a keyword ("1if x else 0"); MicroPython needs a space
        if mp("core_syntax_spaces") or src[j:k] not in _KEYWORD_AFTER_NUMBER:
            # py/lexer.c takes the letters into the number token: with '.', an exponent 'e' or 'j' in it the
            # token is a float-or-imaginary one ("number"), otherwise an integer named with its digits
            token = src[i:k].replace("_", "")
            as_int = not is_float and not any(c in token for c in ".eEjJ")
            raise MpSyntaxError(f"invalid syntax for integer with base 10: '{token}'"
                                if as_int and mp("core_syntax_spaces") else "invalid syntax for number", line)
    if is_float:
        return float(text), j
    if len(text) > 1 and text[0] == "0" and text.strip("0"):
        raise MpSyntaxError("invalid syntax for number", line)
    return int(text), j


_KEYWORD_AFTER_NUMBER = frozenset("and else for if in is not or".split())
_BAD_UNDERSCORE = re.compile(r"__|_(?![0-9a-zA-Z])|(?<![0-9a-zA-Z])_")


def _check_underscores(digits: str, prefixed: bool, line: int) -> None:
    """CPython accepts '_' only between digits (and right after a base prefix); MicroPython anywhere."""
    if "_" not in digits or mp("syntax_numeric_underscore"):
        return
    if prefixed and digits.startswith("_") and len(digits) > 1:
        digits = digits[1:]
    if _BAD_UNDERSCORE.search(digits) or digits.startswith("_"):
        raise MpSyntaxError("invalid decimal literal", line)


# One master pattern for the common (ASCII) tokens; anything it does not know (a non-ASCII name start, a
# backslash, a stray character) falls back to the character tests below, so behaviour stays that of py/lexer.c.
_NAME_TAIL = "A-Za-z0-9_\u0080-\U0010ffff"   # _is_name_char: isalnum() is [A-Za-z0-9] in ASCII, >127 is a name
_MASTER = re.compile(
    r"(?P<ws>[ \t\f]+)|(?P<nl>\n)|(?P<com>#[^\n]*)"
    r"|(?P<name>[A-Za-z_][" + _NAME_TAIL + r"]*)"
    r"|(?P<num>[0-9]|\.[0-9])|(?P<str>['\"])"
    r"|(?P<op>" + "|".join(re.escape(op) for op in _OPS) + r")")
_INDENT = re.compile(r"[ \t\f]*")
_STR_PREFIXES = frozenset(("r", "b", "f", "u", "rb", "br", "fr", "rf"))
# A build with MICROPY_PY_TSTRINGS (State.tstrings) also knows these; bt, ft and friends stay a name and a
# string, which the parser rejects.
_T_PREFIXES = frozenset(("t", "rt", "tr"))


def _is_prefix(word: str) -> bool:
    """Whether a name right before a quote is a string prefix (py/lexer.c knows lower case ones only)."""
    w = word if mp("syntax_string_prefix_case") else word.lower()
    return w in _STR_PREFIXES or State.tstrings and w in _T_PREFIXES


def tokenize(src: str) -> list[Token]:
    """Split program text into tokens; raises MpSyntaxError with the line of the fault."""
    if "\r" in src:
        # py/lexer.c reads CR LF and a lone CR as LF before anything else, inside literals too: a CR in a
        # triple-quoted string becomes "\n", and one in a single-quoted string ends it (unterminated)
        src = src.replace("\r\n", "\n").replace("\r", "\n")
    toks: list[Token] = []
    add = toks.append
    indents = [0]
    depth = 0          # bracket nesting: newlines inside brackets are not tokens
    i, n, line = 0, len(src), 1
    at_line_start = True
    match = _MASTER.match
    while i < n:
        if at_line_start and depth == 0:
            # measure indentation; skip blank and comment-only lines entirely
            j = _INDENT.match(src, i).end()
            if "\t" in src[i:j]:
                col = 0
                for ch in src[i:j]:
                    col = (col // 8 + 1) * 8 if ch == "\t" else col + 1
            else:
                col = j - i
            if j >= n:
                i = j
                break
            if src[j] in "#\n" or src[j:j + 2] == "\\\n":
                if src[j] == "#":
                    j = src.find("\n", j)
                    if j < 0:
                        j = n
                if j < n and src[j] == "\\":
                    j += 1
                if j < n and src[j] == "\n":
                    j += 1
                    line += 1
                i = j
                continue
            i = j
            at_line_start = False
            if col > indents[-1]:
                indents.append(col)
                add(Token("INDENT", None, line))
            elif col < indents[-1]:
                while col < indents[-1]:
                    indents.pop()
                    add(Token("DEDENT", None, line))
                if col != indents[-1]:
                    raise MpSyntaxError("unindent doesn't match any outer indent level", line, indent=True)
            continue
        m = match(src, i)
        if m is not None:
            kind = m.lastgroup
            if kind == "name":
                j = m.end()
                word = m.group()
                if j < n and src[j] in "'\"" and _is_prefix(word):
                    i, line = _string(src, j, word.lower(), line, add)
                    continue
                add(Token("NAME", word, line))
                i = j
                continue
            if kind == "op":
                op = m.group()
                if op == "." and i + 1 < n and src[i + 1].isdigit():   # a non-ASCII digit: str.isdigit's idea
                    val, i = _number(src, i, line)
                    add(Token("NUMBER", val, line))
                    continue
                if op in _OPEN:
                    depth += 1
                elif op in _CLOSE:
                    depth = max(0, depth - 1)
                add(Token("OP", op, line))
                i = m.end()
                continue
            if kind == "ws" or kind == "com":
                i = m.end()
                continue
            if kind == "nl":
                line += 1
                i += 1
                if depth == 0:
                    add(Token("NEWLINE", None, line - 1))
                    at_line_start = True
                continue
            if kind == "num":
                val, i = _number(src, i, line)
                add(Token("NUMBER", val, line))
                continue
            i, line = _string(src, i, "", line, add)
            continue
        c = src[i]
        if c == "\\":
            if i + 1 < n and src[i + 1] == "\n":
                i += 2
                line += 1
                continue
            raise MpSyntaxError("invalid syntax", line)
        if c.isdigit():
            val, i = _number(src, i, line)
            add(Token("NUMBER", val, line))
            continue
        if _is_name_start(c):
            j = i + 1
            while j < n and _is_name_char(src[j]):
                j += 1
            word = src[i:j]
            if j < n and src[j] in "'\"" and _is_prefix(word):
                i, line = _string(src, j, word.lower(), line, add)
                continue
            add(Token("NAME", word, line))
            i = j
            continue
        raise MpSyntaxError("invalid syntax", line)
    if toks and toks[-1].kind not in ("NEWLINE", "DEDENT", "INDENT"):
        add(Token("NEWLINE", None, line))
    while len(indents) > 1:
        indents.pop()
        add(Token("DEDENT", None, line))
    add(Token("END", None, line))
    return toks


_STR_STOP = {"'": re.compile(r"[\\\n']"), '"': re.compile(r'[\\\n"]')}


def _string(src: str, i: int, prefix: str, line: int, add) -> tuple[int, int]:
    """Scan a string literal whose quote is at src[i]; emits a STRING token, returns (end, line)."""
    if "f" in prefix and mp("syntax_fstring_format"):
        return _fstring(src, i, prefix, line, add)
    q = src[i]
    triple = src[i:i + 3] == q * 3
    quote = q * 3 if triple else q
    j = i + len(quote)
    start_line = line
    n = len(src)
    stop = _STR_STOP[q].search
    while True:
        m = stop(src, j)
        if m is None:
            _unterminated(triple, start_line)
        j = m.start()
        ch = src[j]
        if ch == "\\":
            if j + 1 < n and src[j + 1] == "\n":
                line += 1
            j += 2
            continue
        if ch == "\n":
            if not triple:
                _unterminated(triple, start_line)
            line += 1
        elif src.startswith(quote, j):
            break
        j += 1
    add(Token("STRING", (prefix, src[i + len(quote):j]), start_line))
    return j + len(quote), line


def _fstring(src: str, i: int, prefix: str, line: int, add) -> tuple[int, int]:
    """Scan an f-string as py/lexer.c does: a STRING token (prefix, format string, arguments) that the parser
    makes `format string.format(arguments)`. A field's expression ends at the first ':', '}' or '!r'/'!s'
    outside [] and {} (quotes are not looked at, so it may run past the closing quote); it becomes the
    argument '(expression),' and leaves '{' in the format string, with what follows (conversion, spec, '}')."""
    q = src[i]
    quote = q * 3 if src[i:i + 3] == q * 3 else q
    j = i + len(quote)
    start_line = line
    n = len(src)
    text: list[str] = []
    args: list[str] = []
    while not src.startswith(quote, j):
        if j >= n:
            _unterminated(len(quote) == 3, start_line)
        c = src[j]
        if c == "\\":
            line += src[j + 1:j + 2] == "\n"
            text.append(src[j:j + 2])       # decoded with the rest of the format string
            j += 2
            continue
        if c == "{" and src[j + 1:j + 2] != "{":
            k = j = j + 1
            depth = 0
            while k < n and (depth or not (src[k] in ":}" or src[k] == "!" and src[k + 1:k + 2] in ("r", "s")
                                           and src[k + 2:k + 3] in (":", "}"))):
                depth += (src[k] in "[{") - (src[k] in "]}")
                line += src[k] == "\n"
                k += 1
            field = src[j:k]
            if not field:
                raise MpSyntaxError("malformed f-string", line)
            if field.endswith("="):     # f'{x=}': the text, then the value formatted by str.format
                text.append(field)
                field = field[:-1]
            args.append(f"({field}),")
            text.append("{")
            j = k
            continue
        if c == "{":
            text.append("{{")
            j += 2
            continue
        if c == "\n":
            if len(quote) == 1:
                _unterminated(False, start_line)
            line += 1
        text.append(c)
        j += 1
    add(Token("STRING", (prefix, "".join(text), "".join(args)), start_line))
    return j + len(quote), line


def _unterminated(triple: bool, line: int):
    # py/lexer.c makes an open literal a token of its own, which the parser reports as plain invalid syntax
    msg = "invalid syntax" if State.mp_messages else \
        "unterminated triple-quoted string" if triple else "unterminated string"
    raise MpSyntaxError(msg, line)
