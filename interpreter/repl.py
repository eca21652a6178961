"""When the prompt asks for another line, as the port's py/repl.c decides it (mp_repl_continue_with_input)."""
from __future__ import annotations

__all__ = ["continue_with_input"]

_COMPOUND = ("if", "try", "for", "while", "with", "def", "class", "async")


def _starts_with_word(s: str, head: str) -> bool:
    return s.startswith(head) and (len(s) == len(head) or not (s[len(head)].isalnum() or s[len(head)] == "_"))


def continue_with_input(src: str) -> bool:
    """Whether `src` (the lines typed so far, '\\n'-joined) needs more: an open bracket or triple quote, a
    trailing backslash, or a compound statement whose last line is not empty. Text only, no parse: the port
    compiles what it has once this says no, and a syntax error is reported then."""
    if not src:
        return False
    compound = src[0] == "@" or any(_starts_with_word(src, w) for w in _COMPOUND)
    open_ = {"(": 0, "[": 0, "{": 0}      # each kind counted apart, as the C code does
    quote = ""          # '', a quote character, or three of them
    i = 0
    while i < len(src):
        c = src[i]
        if c in "'\"":
            if (not quote or quote == c * 3) and src.startswith(c * 3, i):
                quote = "" if quote else c * 3
                i += 2
            elif not quote or quote == c:
                quote = "" if quote else c
        elif c == "\\" and src[i + 1:i + 2] in ("'", '"', "\\"):
            if quote:
                i += 1
        elif not quote and c in "([{":
            open_[c] += 1
        elif not quote and c in ")]}":
            open_["([{"[")]}".index(c)]] -= 1
        i += 1
    if len(quote) == 3:
        return True
    if max(open_.values()) > 0 and not quote:
        return True
    if src.endswith("\\"):
        return True
    return compound and not src.endswith("\n")
