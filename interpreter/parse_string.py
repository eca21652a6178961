"""Parser, string literals: adjacent ones joined, bytes checked, f-strings as the profile has them, t-strings."""
from __future__ import annotations

__all__ = ["StringMixin"]

from .lexer import MpSyntaxError, decode_escapes
from .node import Node
from .runtime import mp


class StringMixin:
    """The atom STRING+ of py/grammar.h; ExprParser supplies the cursor and parse_field for f-string fields."""

    def strings(self) -> Node:
        line = self.tok.line
        parts: list = []       # str pieces and ("expr", node, conv, spec_parts, text) tuples
        kind_bytes = None
        kind_t = None           # t-strings join only t-strings (PEP 750)
        has_f = False
        format_args: list[str] = []     # the port's f-strings: the arguments the lexer took out of them
        while self.tok.kind == "STRING":
            prefix, body, *fargs = self.next().value
            is_b = "b" in prefix
            if kind_bytes is None:
                kind_bytes = is_b
            elif kind_bytes != is_b:
                self.error("cannot mix bytes and nonbytes literals", line)
            is_t = "t" in prefix
            if kind_t is None:
                kind_t = is_t
            elif kind_t != is_t:
                self.error("cannot mix t-string literals with string or bytes literals", line)
            raw = "r" in prefix
            if is_b and not mp("syntax_bytes_non_ascii") and not body.isascii():
                self.error("bytes can only contain ASCII literal characters", line)
            if is_b and not body.isascii():     # the port keeps the source's UTF-8 bytes
                body = "".join([c if c < "\x80" else c.encode().decode("latin-1") for c in body])
            if is_t:
                parts.extend(self.fstring(body, raw, line, template=True))
                continue
            if "f" in prefix:
                has_f = True
                if fargs:
                    format_args.append(fargs[0])
                else:
                    parts.extend(self.fstring(body, raw, line))
                    continue
            parts.append(body if raw else decode_escapes(body, is_b, line))
        if kind_bytes:
            s = "".join(parts)
            if any(ord(c) > 255 for c in s):
                self.error("bytes can only contain ASCII literal characters", line)
            return Node("Const", line, value=s.encode("latin-1"))
        if kind_t:
            return _template(parts, line)
        if not has_f:
            return Node("Const", line, value="".join(parts))
        if mp("syntax_fstring_format"):
            # py/lexer.c: the literals joined, every one a format string, then .format(the fields' arguments)
            args = self.parse_field("(" + "".join(format_args) + ")", line).elts if format_args else []
            method = Node("Attribute", line, value=Node("Const", line, value="".join(parts)), attr="format")
            return Node("Call", line, func=method, args=args, keywords=[])
        return Node("FString", line, parts=parts)

    def fstring(self, body: str, raw: bool, line: int, template: bool = False) -> list:
        """The parts of an f-string's (or t-string's) body: str pieces and ("expr", node, conv, spec parts,
        expression text) tuples."""
        out: list = []
        i, n = 0, len(body)
        lit: list[str] = []

        def flush():
            if lit:
                s = "".join(lit)
                out.append(s if raw else decode_escapes(s, False, line))
                lit.clear()

        while i < n:
            c = body[i]
            if c == "{":
                if body[i + 1:i + 2] == "{":
                    lit.append("{")
                    i += 2
                    continue
                flush()
                j, expr_text, conv, spec = _split_field(body, i + 1, line)
                debug = _debug_text(expr_text)
                if debug is not None:
                    # f"{x=}": the text, then the value (repr by default in CPython, str in MicroPython)
                    out.append(debug)
                    expr_text = debug.rstrip()[:-1]
                    # t"{x=}" records conversion 'r' as CPython's does (PEP 750); the port's str() default for
                    # f-strings is assumed not to carry over (unchecked against a t-string build)
                    if conv is None and spec is None and (template or not mp("syntax_fstring_debug_str")):
                        conv = "r"
                if not expr_text.strip():
                    self.error("invalid syntax", line)
                e = self.parse_field(expr_text, line)
                spec_parts = self.fstring(spec, raw, line) if spec is not None else None
                out.append(("expr", e, conv, spec_parts, expr_text))
                i = j
            elif c == "}":
                if body[i + 1:i + 2] == "}":
                    lit.append("}")
                    i += 2
                    continue
                self.error("invalid syntax", line)
            else:
                lit.append(c)
                i += 1
        flush()
        return out


def _template(parts: list, line: int) -> Node:
    """A t-string's node: its static strings (adjacent pieces joined, "" between two fields) and its fields
    as (node, expression text, conversion, spec parts)."""
    strings, fields, pending = [], [], ""
    for p in parts:
        if isinstance(p, str):
            pending += p
        else:
            _, node, conv, spec, text = p
            if conv not in (None, "r", "s", "a"):
                raise MpSyntaxError("invalid syntax", line)
            strings.append(pending)
            fields.append((node, text, conv, spec))
            pending = ""
    strings.append(pending)
    return Node("TString", line, strings=tuple(strings), fields=fields)


def _split_field(body: str, i: int, line: int) -> tuple[int, str, str | None, str | None]:
    """Split an f-string replacement field starting after '{'; returns (end, expr, conv, spec)."""
    depth = 0
    n = len(body)
    j = i
    quote = None
    while j < n:
        c = body[j]
        if quote:
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and c == "!" and body[j + 1:j + 2] != "=":
            break
        elif depth == 0 and c == ":":
            break
        j += 1
    expr = body[i:j]
    conv = spec = None
    if j < n and body[j] == "!":
        conv = body[j + 1:j + 2]
        j += 2
    if j < n and body[j] == ":":
        k = j + 1
        d = 0
        while k < n:
            if body[k] == "{":
                d += 1
            elif body[k] == "}":
                if d == 0:
                    break
                d -= 1
            k += 1
        spec = body[j + 1:k]
        j = k
    if j >= n or body[j] != "}":
        raise MpSyntaxError("invalid syntax", line)
    return j + 1, expr, conv, spec


def _debug_text(expr: str) -> str | None:
    """For a self-documenting field f"{x=}" the text printed before the value, else None."""
    t = expr.rstrip()
    if not t.endswith("=") or t.endswith(("==", "!=", "<=", ">=")):
        return None
    if mp("syntax_fstring_debug_str") and (t != expr or t[:-1] != t[:-1].rstrip()):
        return None     # MicroPython takes only "x=" with no spaces around '='; the parser then rejects it
    return expr
