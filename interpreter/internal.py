"""Defects of the reference itself, kept apart from the program's exceptions: their exception, exit code and report.

The program's exceptions are host exceptions raised by its own operations (`1/0`, a missing attribute); a
host exception that escapes the reference's own machinery instead (the lexer, parser, scope analysis or
compiler failing on some source, the runtime failing to print a traceback) is a bug of the reference. A run
that meets one ends with EXIT_INTERNAL and a report on stderr that starts with BANNER, so that a runner can
tell "the reference is broken" from "the program raised" (mpconform's `ref` target reports it as an
internal error, never as a difference of the language).
"""
from __future__ import annotations

__all__ = ["InternalError", "EXIT_INTERNAL", "BANNER", "report"]

import traceback

#: Exit code of a run that met a defect of the reference: sysexits.h's EX_SOFTWARE, as jlox exits 70 on its own
#: errors. The program owns 0, 1 (uncaught exception) and the codes it passes to sys.exit; 2 is a file it
#: could not open or bad usage.
EXIT_INTERNAL = 70

#: First line of the report on stderr. A program may print anything, so a runner needs both this line and
#: EXIT_INTERNAL before it calls a run an internal error.
BANNER = "mpconform-ref: internal error"


class InternalError(BaseException):
    """A host exception escaped the reference's machinery: a bug of the reference, never the program's.

    A BaseException, so that the library's and the program's `except Exception` do not catch it; the
    interpreter also remembers it (`Interpreter.defect`), so that a run reports it even when a bare
    `except:` of the program did catch it.
    """

    def __init__(self, cause: BaseException):
        super().__init__(f"{type(cause).__name__}: {cause}")
        self.cause = cause


def report(cause: BaseException, stderr) -> int:
    """Write the internal-error report (BANNER, then the host traceback) on `stderr`; returns EXIT_INTERNAL."""
    what = f"{type(cause).__name__}: {cause}".replace("\n", " ")
    stderr.write(f"{BANNER}: {what}\n"
                 "(a defect of the reference interpreter, not an exception of the program; host traceback:)\n")
    stderr.write("".join(traceback.format_exception(type(cause), cause, cause.__traceback__)))
    try:
        stderr.flush()
    except (OSError, ValueError):
        pass
    return EXIT_INTERNAL
