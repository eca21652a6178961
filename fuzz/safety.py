"""A static guard on generated programs: only safe imports, no builtins that reach the host, no module changes."""
from __future__ import annotations

import re

from .generate import SAFE_IMPORTS

__all__ = ["unsafe_reason", "BANNED_NAMES"]

BANNED_NAMES = ("open", "exec", "eval", "compile", "__import__", "globals", "locals", "vars", "input",
                "breakpoint", "exit", "quit", "setattr", "delattr", "memoryview", "help")
_IMPORT = re.compile(r"^\s*(?:import\s+([\w., ]+)|from\s+([\w.]+)\s+import)", re.M)
_BANNED = re.compile(r"(?<![\w.'\"])(" + "|".join(map(re.escape, BANNED_NAMES)) + r")\s*\(")
# Batched programs share the oracle's process (runners.contract.Runner.run_batch): none may change a module.
_MODULES = "(?:" + "|".join(map(re.escape, SAFE_IMPORTS)) + r")\.\w+"
_MODULE_WRITE = re.compile(r"(?:^|[;,])\s*" + _MODULES + r"\s*(?:\*\*|//|>>|<<|[-+*/%&|^@])?=(?!=)|\bdel\s+" + _MODULES,
                           re.M)
_DUNDER_ATTR = re.compile(r"\.(__(?:class|bases|subclasses|globals|builtins|code|dict|mro|loader|spec)__)\b")


def unsafe_reason(source: str) -> str | None:
    """None when the program keeps to the safe subset, else what it does that it must not."""
    for m in _IMPORT.finditer(source):
        names = [n.strip().split(" as ")[0] for n in (m.group(1) or m.group(2)).split(",")]
        for n in names:
            if n.split(".")[0] not in SAFE_IMPORTS:
                return f"imports {n!r} (allowed: {', '.join(SAFE_IMPORTS)})"
    m = _BANNED.search(source)
    if m:
        return f"calls {m.group(1)}()"
    m = _MODULE_WRITE.search(source)
    if m:
        return f"changes a module: {m.group(0).strip()}"
    m = _DUNDER_ATTR.search(source)
    if m:
        return f"reaches {m.group(1)}"
    return None
