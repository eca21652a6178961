"""Syntax tree nodes and the token sets both halves of the parser share."""
from __future__ import annotations

__all__ = ["Node", "AUG_OPS", "COMPARE_OPS", "STMT_END", "KEYWORDS"]


class Node:
    """A syntax tree node: `kind` names the construct; the other fields depend on it."""

    def __init__(self, kind: str, line: int, **fields):
        self.kind = kind
        self.line = line
        self.__dict__.update(fields)

    def __repr__(self) -> str:
        f = {k: v for k, v in self.__dict__.items() if k not in ("kind", "line")}
        return f"{self.kind}({f})"



AUG_OPS = {"+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**="}
COMPARE_OPS = {"<", ">", "==", ">=", "<=", "!="}
STMT_END = {"NEWLINE", "END"}
KEYWORDS = frozenset("""False None True and as assert async await break class continue def del elif else except
finally for from global if import in is lambda nonlocal not or pass raise return try while with yield""".split())
