"""Command line, a drop-in for the unix port: `python -m mpconform.interpreter [options] [-c CODE | -m MODULE | FILE]`.

Exit codes: 0 the program ended normally; 1 an uncaught exception of the program; n what the program passed
to sys.exit; 2 bad usage or a file that cannot be opened; 70 (EXIT_INTERNAL) a defect of the reference itself,
reported on stderr after a line starting with `mpconform-ref: internal error` (see internal.py).
"""
from __future__ import annotations

__all__ = ["main", "run_program"]

import _thread
import os
import pathlib
import sys

from .internal import InternalError, report
from .runtime import format_traceback

_USAGE = "usage: python -m mpconform.interpreter [--profile micropython|cpython] [-X emit=bytecode|native] " \
         "[-X heapsize=N] [-X clock=real] [-X tstring=yes] [-c CODE | -m MODULE | FILE] [args...]\n"
_STACK_BYTES = 512 * 1024 * 1024
_HOST_RECURSION = 20000


def _parse_size(s: str) -> int:
    mult = 1
    if s[-1:].lower() in ("k", "m"):
        mult = 1024 if s[-1].lower() == "k" else 1024 * 1024
        s = s[:-1]
    return int(s) * mult


def main(argv: list[str]) -> int:
    """Run like the unix port; returns the exit code (see the module's docstring)."""
    profile = "micropython"
    heapsize = None
    real_clock = False
    emit = "bytecode"
    tstrings = False
    code = module = path = None
    rest: list[str] = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--profile" and i + 1 < len(argv):
            profile = argv[i + 1]
            i += 2
            continue
        if a.startswith("--profile="):
            profile = a.split("=", 1)[1]
        elif a == "-X" and i + 1 < len(argv):
            opt = argv[i + 1]
            i += 2
            if opt.startswith("heapsize="):
                try:
                    heapsize = _parse_size(opt.split("=", 1)[1].split(",")[0])
                except ValueError:
                    sys.stderr.write(_USAGE)
                    return 1
            elif opt.startswith("clock="):
                real_clock = opt == "clock=real"
            elif opt.startswith("tstring="):    # a build with MICROPY_PY_TSTRINGS; the unix port's has none
                tstrings = opt == "tstring=yes"
            elif opt.startswith("emit="):
                emit = opt.split("=", 1)[1]
                if emit == "viper":     # the port compiles every function with viper; modelled per decorator only
                    sys.stderr.write("-X emit=viper is not modelled by the reference: use @micropython.viper\n")
                    return 2
                if emit not in ("bytecode", "native"):
                    sys.stderr.write("Invalid command line arguments. Use -h option for help.\n")
                    return 1
            continue
        elif a == "-c" and i + 1 < len(argv):
            code = argv[i + 1]
            rest = argv[i + 2:]
            break
        elif a == "-m" and i + 1 < len(argv):
            module = argv[i + 1]
            rest = argv[i + 2:]
            break
        elif a in ("-h", "--help"):
            sys.stdout.write(_USAGE)
            return 0
        elif a.startswith("-") and a != "-":
            pass  # -O, -v, -i and friends of the unix port: accepted and ignored
        else:
            path = a
            rest = argv[i + 1:]
            break
        i += 1
    if profile not in ("micropython", "cpython"):
        sys.stderr.write(f"unknown profile {profile!r}: expected micropython or cpython\n")
        return 2
    if code is None and module is None and path is None and sys.stdin.isatty():
        from .pyexec import forward_interrupts
        forward_interrupts()    # the prompt's thread cannot install a signal handler itself
    return run_program(code=code, module=module, path=path, args=rest, profile=profile, heapsize=heapsize,
                       real_clock=real_clock, emit=emit, tstrings=tstrings)


def run_program(code=None, module=None, path=None, args=(), profile="micropython", heapsize=None,
                stdout=None, stderr=None, real_clock=False, emit="bytecode", tstrings=False) -> int:
    """Run one program in a thread with a large stack; returns the exit code."""
    result = [1]
    done = _thread.allocate_lock()
    done.acquire()

    def target():
        try:
            result[0] = _run(code, module, path, list(args), profile, heapsize, stdout or sys.stdout,
                             stderr or sys.stderr, real_clock, emit, tstrings)
        except BaseException as exc:   # noqa: BLE001 - escaped the run itself: a defect of the reference
            result[0] = report(exc, stderr or sys.stderr)
        finally:
            done.release()

    old_limit = sys.getrecursionlimit()
    old_stack = _thread.stack_size()
    old_digits = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else None
    try:
        _thread.stack_size(_STACK_BYTES)
        sys.setrecursionlimit(_HOST_RECURSION)
        if old_digits is not None:
            sys.set_int_max_str_digits(0)
        # A bare _thread and a lock, not threading.Thread: in a child forked per program the latter's
        # bookkeeping costs ~0.25 ms and ~80 copy-on-write page faults of the worker's heap.
        _thread.start_new_thread(target, ())
        done.acquire()
    finally:
        _thread.stack_size(old_stack)
        sys.setrecursionlimit(old_limit)
        if old_digits is not None:
            sys.set_int_max_str_digits(old_digits)
    return result[0]


def _run(code, module, path, args, profile, heapsize, stdout, stderr, real_clock=False, emit="bytecode",
         tstrings=False) -> int:
    from .differences import profile_ids
    from .interp import Interpreter
    ids = profile_ids(profile)
    if path is not None:
        p = pathlib.Path(path)
        script_dir = str(p.parent.resolve()) if str(p.parent) else os.getcwd()
        argv = [path] + args
        sandbox = pathlib.Path(script_dir)
    else:
        script_dir = ""
        argv = ([""] if code is not None else [module or ""]) + args
        sandbox = pathlib.Path.cwd()
    sys_path = [script_dir or "", ".frozen", str(pathlib.Path.cwd())] if path else ["", ".frozen", os.getcwd()]
    # As the unix port does, MICROPYPATH replaces the default search path after the script's folder.
    extra = [p for p in os.environ.get("MICROPYPATH", "").split(":") if p and not p.startswith(".frozen")]
    sys_path[1:1] = extra
    interp = Interpreter(ids, argv, sys_path, stdout, stderr, heapsize=heapsize, sandbox=sandbox,
                         real_clock=real_clock, emit=emit, tstrings=tstrings)
    interp.import_roots = tuple(pathlib.Path(p) for p in extra if os.path.isdir(p))
    try:
        interp.heap.start()
        try:
            rc = _run_main(interp, code, module, path, stderr)
        finally:
            interp.heap.stop()
    except InternalError:
        rc = None           # reported below, from interp.defect
    except SystemExit as e:
        _flush(stdout)
        rc = _exit_code(e, stderr)
    except BaseException as e:  # noqa: BLE001 - every program exception ends here, printed MicroPython-style
        _flush(stdout)
        stderr.write(format_traceback(e))
        _flush(stderr)
        rc = 1
    if callable(interp.atexit) and interp.defect is None:
        rc = _run_atexit(interp, stderr, rc)
    _flush(stdout)
    if interp.defect is not None:   # even where the program caught the InternalError and went on
        return report(interp.defect, stderr)
    return rc


def _run_atexit(interp, stderr, rc):
    """The function sys.atexit registered, after the main script whatever its end (unix port's main.c). What
    it raises escapes every handler there: the port aborts with a fatal error and exit code 1."""
    try:
        interp.atexit()
    except InternalError:
        return None
    except BaseException as e:  # noqa: BLE001 - the program's exception, reported as the port reports it
        _flush(interp.stdout)
        stderr.write(f"FATAL: uncaught NLR {type(e).__name__}\n")
        return 1
    return rc


def _run_main(interp, code, module, path, stderr) -> int:
    """Run the program's main module: -m MODULE, -c CODE, FILE, or stdin (a prompt on a tty)."""
    if module is not None:
        interp.modules.pop("__main__", None)
        interp.import_module(module, interp.main_globals)
        return 0
    if code is not None:
        src, filename = code, "<stdin>"
    elif path is not None and path != "-":
        try:
            with open(path, "rb") as fh:
                src = fh.read().decode("utf-8", "replace")
        except OSError as e:
            stderr.write(f"micropython: can't open file '{path}': [Errno {e.errno}] {e.strerror}\n")
            return 2
        filename = path
    else:
        if sys.stdin.isatty():
            from .pyexec import friendly_repl
            return friendly_repl(interp)
        src, filename = sys.stdin.read(), "<stdin>"
    g = interp.main_globals
    g["__file__"] = filename
    interp.compile_source(src, filename, g)()
    return 0


def _exit_code(e: SystemExit, stderr) -> int:
    c = e.code
    if c is None:
        return 0
    if isinstance(c, bool):
        return int(c)
    if isinstance(c, int):
        return c & 0xFF
    stderr.write(f"{c}\n")
    return 1


def _flush(s) -> None:
    try:
        s.flush()
    except (OSError, ValueError):
        pass
