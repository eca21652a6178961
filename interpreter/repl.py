"""The prompt's helpers in the port's py/repl.c: when to ask for another line, and what Tab completes."""
from __future__ import annotations

__all__ = ["autocomplete", "continue_with_input", "format_completions"]

import os

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


def autocomplete(text: str, names_of) -> tuple[str, list[str]]:
    """mp_repl_autocomplete on `text`, the line up to the cursor: (what to insert, []) for one name or a longer
    common prefix, ('', names) when several names match, ('', []) for none. The word completed is the last of a
    dotted chain (`sys.std`); `names_of(words)` lists the names of what the words before it name (__main__'s
    for none), or gives None when a word is not found. After `import ` the port offers its built-in modules:
    not modelled, nothing is offered there."""
    start = len(text)
    while start and (text[start - 1].isascii() and text[start - 1].isalnum() or text[start - 1] in "_."):
        start -= 1
    *path, prefix = text[start:].split(".")
    names = None if text.startswith("import ") else names_of(path)
    # with nothing typed, names starting with '_' are left out, as the port does
    matches = [n for n in names or () if n.startswith(prefix) and (prefix or not n.startswith("_"))]
    if not matches:
        if start == 0 and 0 < len(prefix) < 7 and "import ".startswith(prefix):
            return "import "[len(prefix):], []     # the first word can become `import`
        return "", []
    common = os.path.commonprefix(matches)
    if len(matches) == 1 or len(common) > len(prefix):
        return common[len(prefix):], []
    return "", matches


def format_completions(names: list[str]) -> str:
    """print_completions: the names in 16-column slots, lines of 64 columns at most, each on a new line."""
    out, width = [], 64         # a full line: the first name starts a new one
    for n in names:
        gap = -width % 16       # to the next slot, or to the one after when that leaves less than 2 spaces
        if gap < 2:
            gap += 16
        if width + gap + len(n) <= 64:
            out.append(" " * gap + n)
            width += gap + len(n)
        else:
            out.append("\n" + n)
            width = len(n)
    return "".join(out) + "\n"
