"""Interactive prompt on a tty, like the unix port's: expressions echo their repr, blocks end on a blank line."""
from __future__ import annotations

__all__ = ["repl"]

import sys

from .internal import InternalError
from .lexer import MpSyntaxError
from .parse import parse
from .runtime import format_traceback


def _needs_more(src: str) -> bool:
    """Whether the text so far is an unfinished compound statement or bracket."""
    last = src.rstrip("\n").split("\n")[-1]
    if last.rstrip().endswith(":") or (src.count("\n") > 1 and last.strip() != ""):
        return True
    try:
        parse(src)
    except MpSyntaxError as e:
        return e.unterminated or e.msg == "invalid syntax" and src.count("(") > src.count(")")
    return False


def repl(interp) -> int:
    """Read-eval-print loop; returns the exit code (SystemExit's, or 0 at end of input)."""
    out = interp.stdout
    out.write("MicroPython (mpconform reference interpreter); Ctrl-D to exit\n")
    g = interp.main_globals
    while True:
        out.write(">>> ")
        out.flush()
        line = sys.stdin.readline()
        if not line:
            out.write("\n")
            return 0
        src = line
        while _needs_more(src):
            out.write("... ")
            out.flush()
            more = sys.stdin.readline()
            if not more or more.strip() == "":
                break
            src += more
        if not src.strip():
            continue
        try:
            interp.compile_source(src, "<stdin>", g, "single")()   # as the port's REPL: it prints values
        except SystemExit as e:
            return e.code if isinstance(e.code, int) else 0
        except InternalError:
            raise   # the reference is broken: the run ends with its report, not a program traceback
        except BaseException as e:  # noqa: BLE001 - the prompt survives every program error
            out.write(format_traceback(e))
