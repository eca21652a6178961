"""The parser's token cursor, shared by its two halves (parse_expr.py, parse.py): look-ahead, expect, errors."""
from __future__ import annotations

__all__ = ["TokenCursor"]

from .lexer import MpSyntaxError, Token
from .node import KEYWORDS


class TokenCursor:
    """A position in a token list; `func_depth` counts the functions being parsed (for return and yield)."""

    def __init__(self, toks: list[Token]):
        self.toks = toks
        self.i = 0
        self.func_depth = 0

    # ---- token helpers
    @property
    def tok(self) -> Token:
        return self.toks[self.i]

    def peek(self, k: int = 1) -> Token:
        return self.toks[min(self.i + k, len(self.toks) - 1)]

    def at(self, value: str) -> bool:
        t = self.toks[self.i]
        return t.value == value and t.kind in ("OP", "NAME")

    def at_op(self, value: str) -> bool:
        t = self.toks[self.i]
        return t.kind == "OP" and t.value == value

    def at_kw(self, value: str) -> bool:
        t = self.toks[self.i]
        return t.kind == "NAME" and t.value == value

    def next(self) -> Token:
        t = self.toks[self.i]
        self.i += 1
        return t

    def accept(self, value: str) -> bool:
        if self.at(value):
            self.i += 1
            return True
        return False

    def expect(self, value: str) -> Token:
        if not self.at(value):
            self.error()
        return self.next()

    def error(self, msg: str = "invalid syntax", line: int | None = None):
        raise MpSyntaxError(msg, self.tok.line if line is None else line)

    def name(self) -> str:
        t = self.tok
        if t.kind != "NAME" or t.value in KEYWORDS:
            self.error()
        self.i += 1
        return t.value
