"""The builtins namespace (py/modbuiltins.c's twin): host types where semantics agree, guarded functions elsewhere."""
from __future__ import annotations

__all__ = ["make_builtins", "make_module", "CodeObject"]

import builtins as _hb
import functools
import pathlib
import types

from .attrs import ATTR_HOOKS, NO_ATTR_TYPES, check_store_attr
from .lib import MODULES as _LIB_MODULE_TABLE
from .lib._stream import LineStream
from .lib.modio import IOBase
from .modsys import SYS_STREAMS
from .modhelp import help_obj, help_text
from .objarray import MemoryView
from .objcomplex import complex_pow
from .objfloat import mp_round
from .objlist import sorted_
from .objslice import SliceType
from .objstr import mp_repr, mp_str
from .objtype import MpSuper, isinstance_, issubclass_
from .objzip import Zip
from .parse import parse
from .parse_expr import parse_expr
from .readline import tty_input
from .runtime import DENIED_ATTRS, MISS, Module, State, check_attr, mp, safe_getattr, stand_in

_PLAIN = """abs all any ascii bin bool bytearray bytes callable chr classmethod complex dict divmod enumerate filter
float frozenset hash hex int isinstance issubclass iter len list map max memoryview min next object oct ord
property range repr reversed round set setattr slice sorted staticmethod str sum super tuple type zip
NotImplemented Ellipsis
BaseException Exception ArithmeticError AssertionError AttributeError EOFError GeneratorExit ImportError
IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError NameError NotImplementedError
OSError OverflowError RuntimeError StopIteration StopAsyncIteration SyntaxError SystemExit TypeError
UnicodeError ValueError ZeroDivisionError RecursionError UnboundLocalError ImportError ModuleNotFoundError
UnicodeDecodeError UnicodeEncodeError FileNotFoundError FileExistsError PermissionError IsADirectoryError
TimeoutError ConnectionError BufferError ResourceWarning Warning UserWarning DeprecationWarning
""".split()


class CodeObject:
    """What the compile builtin returns: the source analysed, compiled again against the globals it runs in."""

    def __init__(self, src: str, filename: str, mode: str, analysed: tuple):
        self.src = src
        self.filename = filename
        self.mode = mode
        self.analysed = analysed

    def __repr__(self):
        if State.mp_messages:
            return "<code>"
        return f'<code object <module> at 0x{id(self):x}, file "{self.filename}", line 1>'


CodeObject.__name__ = CodeObject.__qualname__ = "code"
CodeObject.__module__ = "builtins"      # the type of a code object prints as <class 'code'>


_FunctionType = types.FunctionType
_ABSENT = object()
# dir() of a library object lists what the port's locals dict has: public names and these
_PROGRAM_DUNDERS = frozenset({"__class__", "__enter__", "__exit__", "__next__", "__name__"})
_LIB_MODULES = frozenset(_LIB_MODULE_TABLE)
#: Host classes of the reference itself (mpconform.interpreter.*): their helpers are not the program's.
_OWN_PACKAGE = __name__.rpartition(".")[0] + "."


class _Builtin(functools.partial):
    """A builtin written in Python: not bound as a method when stored on a class, repr and type as the host's."""

    def __repr__(self):
        return f"<built-in function {self.__name__}>"


_Builtin.__name__ = _Builtin.__qualname__ = "builtin_function_or_method"
_Builtin.__module__ = "builtins"


def _as_builtin(name: str, fn):
    b = _Builtin(fn)
    b.__name__ = b.__qualname__ = name
    return b


# what print() writes to as text: the streams of sys, io and open() (each a stream on the port too)
_STREAMS = (LineStream, *SYS_STREAMS)


def _print_to_iobase(file, pieces: list[str], sep: str, end: str) -> None:
    """print() to a stream written in the program (an io.IOBase subclass): its write() gets each argument,
    separator and end as a bytearray, called again with the rest after a short write (py/stream.c). The port
    writes a container's repr in several pieces ('[', '1', ', ' ...); here it is one piece, the same bytes."""
    if not isinstance(file, IOBase):
        raise OSError("stream operation not supported")
    write = file.write
    for i, piece in enumerate(pieces):
        if i:
            _write_all(write, sep)
        _write_all(write, piece)
    _write_all(write, end)


def _write_all(write, text: str) -> None:
    data = text.encode()
    while data:
        n = write(bytearray(data))
        if n is None:
            return      # the port takes None as "would block" and drops the rest
        if type(n) is not int and type(n) is not bool:
            raise TypeError(f"can't convert {type(n).__name__} to int")
        if n <= 0:
            return
        data = data[n:]


def make_builtins(interp) -> dict:
    """Build the builtins dict programs see."""
    b = {k: getattr(_hb, k) for k in _PLAIN}

    def print_(*args, sep=" ", end="\n", file=None, flush=False):
        out = interp.stdout if file is None else file
        if sep is None or end is None:
            if mp("builtin_print_sep_none"):
                raise TypeError("can't convert 'NoneType' object to str implicitly")
            sep = " " if sep is None else sep
            end = "\n" if end is None else end
        pieces = [a if type(a) is str else to_str(a) for a in args]
        if file is not None and mp("builtin_print_stream") and not isinstance(file, _STREAMS):
            return _print_to_iobase(file, pieces, sep, end)
        out.write(sep.join(pieces) + end)
        if flush and hasattr(out, "flush"):
            out.flush()

    def setattr_(obj, name, value):
        if type(name) is str and name in DENIED_ATTRS:
            check_attr(name)
        if type(obj) in NO_ATTR_TYPES:
            check_store_attr(obj, name)
        return setattr(obj, name, value)

    def delattr_(obj, name):
        if type(name) is str and name in DENIED_ATTRS:
            check_attr(name)
        return delattr(obj, name)

    def hasattr_(obj, name):
        return getattr_(obj, name, _ABSENT) is not _ABSENT     # the same hooks and stand-ins as getattr()

    def getattr_(obj, name, *default):
        hook = ATTR_HOOKS.get(name) if interp.profile and type(name) is str else None
        if hook is not None:
            try:
                r = hook(obj)
            except AttributeError:
                if default:
                    return default[0]
                raise
            if r is not MISS:
                return r
        lack = interp.missing_attrs.get(name) if type(name) is str else None
        if lack and isinstance(obj, lack):
            if default:
                return default[0]
            raise AttributeError(f"'{type(obj).__name__}' object has no attribute '{name}'")
        return safe_getattr(obj, name, *default)

    def dir_(*args):
        if not args:
            return sorted(interp.main_globals)
        o = args[0]
        if isinstance(o, Module):
            # a module's names are its namespace's (the port adds the two it answers itself); not its class's
            names = set(o.__dict__) | ({"__class__", "__dict__"} if interp.profile else set())
            return sorted(names - DENIED_ATTRS)
        names = [k for k in dir(o) if k not in DENIED_ATTRS]
        m = (o if isinstance(o, type) else type(o)).__module__
        if m in _LIB_MODULES or m.startswith(_OWN_PACKAGE):
            # library objects: their host helpers (_pack, _data...) and host dunders are not the program's
            names = [k for k in names if not k.startswith("_") or k in _PROGRAM_DUNDERS]
        return names

    def vars_(*args):
        if not args:
            raise TypeError("vars() without arguments is handled by the compiler")
        v = safe_getattr(args[0], "__dict__")
        return v

    def open_mp(file, mode="r", *a, **kw):
        if any(c in str(mode) for c in "wax+") and not interp.writable:
            raise OSError(30, "read-only sandbox")
        from .lib.fileio import open_in_sandbox
        return open_in_sandbox(interp, file, mode)

    def open_(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, *a, **kw):
        if isinstance(file, int):
            raise OSError(1, "file descriptors are not available")
        p = pathlib.Path(str(file))
        if not p.is_absolute():
            p = pathlib.Path.cwd() / p
        root = interp.sandbox.resolve()
        try:
            rp = p.resolve()
            rp.relative_to(root)
        except ValueError:
            raise OSError(2, f"No such file or directory: '{file}'" if not State.mp_messages else "ENOENT") from None
        if any(c in mode for c in "wax+") and not interp.writable:
            raise OSError(30, "read-only sandbox")
        return open(rp, mode, buffering, encoding, errors, newline)

    to_str = mp_str if interp.profile else str
    cpow = mp("types_complex_pow")

    def input_(prompt=""):
        text = tty_input(interp.stdin, interp.stdout, str(prompt))
        if text is not None:
            return text
        if prompt:
            interp.stdout.write(str(prompt))
            interp.stdout.flush()
        line = interp.stdin.readline()
        if not line:
            raise EOFError("")
        return line.rstrip("\n")

    def compile_(source, filename, mode, flags=0, dont_inherit=False, optimize=-1):
        if isinstance(source, (bytes, bytearray)):
            source = bytes(source).decode()
        if mode not in ("exec", "eval", "single"):
            raise ValueError("bad compile mode" if State.mp_messages else
                             "mode must be 'exec', 'eval' or 'single'")
        analysed = interp.analyse_source(source, filename, mode)
        interp.compile_source(source, filename, {}, mode, analysed)   # for the errors only the compiler finds
        return CodeObject(source, filename, mode, analysed)

    def exec_(src, g=None, lc=None):
        interp.run_source(src, g if g is not None else interp.main_globals, lc, "exec")

    def eval_(src, g=None, lc=None):
        return interp.run_source(src, g if g is not None else interp.main_globals, lc, "eval")

    def import_(name, globals=None, locals=None, fromlist=(), level=0):
        g = globals if globals is not None else interp.main_globals
        m = interp.import_module(name, g, level)
        if not fromlist and "." in name:
            return interp.import_module(name.split(".")[0], g, level)
        return m

    def id_(x):
        return id(x)

    def help_(*a):
        interp.stdout.write(help_obj(a[0], to_str) if a else help_text())

    def globals_():
        return interp.main_globals

    def locals_():
        return interp.main_globals

    def format_(value, spec=""):
        return format(value, spec)

    def pow_(a, b, m=None):
        if m is None and cpow and (type(a) is complex or type(b) is complex):
            return complex_pow(a, b)
        if m is None:
            if type(a) is int and type(b) is int and b > 64:
                interp.pow_guard(a, b)
            return pow(a, b)
        return pow(a, b, m)

    b.update({
        "print": print_, "getattr": getattr_, "setattr": setattr_, "delattr": delattr_, "hasattr": hasattr_,
        "dir": dir_, "vars": vars_, "open": open_, "input": input_, "compile": compile_, "exec": exec_,
        "eval": eval_, "__import__": import_, "id": id_, "help": help_, "globals": globals_, "locals": locals_,
        "format": format_, "pow": pow_, "__name__": "builtins", "__build_class__": None,
    })
    del b["__build_class__"]
    if interp.profile:
        b.update({"repr": mp_repr, "sorted": sorted_, "round": mp_round, "super": MpSuper, "memoryview": MemoryView})
        for name, diff, v in (("isinstance", "types_bool_int", isinstance_), ("issubclass", "types_bool_int", issubclass_),
                              ("slice", "types_slice_constructor", SliceType), ("zip", "builtin_zip_strict", Zip)):
            if mp(diff):
                b[name] = v
        if not mp("core_class_superproperty"):
            b["super"] = super
        if not mp("types_list_sort_stability"):
            b["sorted"] = sorted
        if not mp("types_float_round"):
            b["round"] = round
        b["open"] = open_mp
    for k, v in b.items():
        if type(v) is _FunctionType and not k.startswith("__"):
            b[k] = _as_builtin(k, v)

    def repl_print(v):
        """What compile mode 'single' does with a statement's value: print its repr, keep it as `_` (in builtins,
        as the port's mp_builtin___repl_print__ does)."""
        if v is not None:
            print_(b["repr"](v))
            b["_"] = v
    b["__repl_print__"] = repl_print
    return b


def make_module(interp) -> Module:
    """The builtins module of one run: the very namespace its programs see, so that what a program stores in
    it changes the builtins of every name lookup, as the port's mp_builtin_module dict does."""
    return Module._made("builtins", interp.builtins)
