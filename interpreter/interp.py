"""The interpreter object: builtins, sandboxed imports, heap model and exec/eval through our own pipeline."""
from __future__ import annotations

__all__ = ["Interpreter"]

import importlib
import pathlib
import sys

from . import modbuiltins, modgc, modmicropython, modsys, objtemplate
from .compile import analyse_source, compile_tree
from .emitviper import ViperTypeError
from .heapmodel import HeapModel
from .internal import InternalError
from .lexer import MpSyntaxError
from .lib._buffer import typed_buffer
from .runtime import BuiltinModule, Module, State, check_heap_unlocked, mp


# Modules built into the core (py/objmodule.c's table), ahead of the library's (lib/__init__.py).
_CORE_MODULES = {"sys": modsys.make_module, "usys": modsys.make_module, "builtins": modbuiltins.make_module,
                 "gc": modgc.make_module, "ugc": modgc.make_module, "micropython": modmicropython.make_module}
# A build with t-strings has string.templatelib built in (a package and its submodule, as the port's
# MICROPY_MODULE_BUILTIN_SUBPACKAGES makes them: assumed, not checked against such a build).
_TSTRING_MODULES = {"string": objtemplate.make_string}

# What compiling a program may raise as the port does: its SyntaxError, NotImplementedError for what the
# port's compiler lacks (\N{...} escapes, viper generators), the resource limits of deep nesting or a small
# heap, and viper's type errors.
_FRONT_END_ERRORS = (MpSyntaxError, NotImplementedError, RecursionError, MemoryError, ViperTypeError)


class _Clock:
    """Real-time clock for time/machine modules (ticks are real; sleeps really sleep)."""

    def __init__(self):
        import time
        self._t = time

    def ticks_ms(self) -> int:
        return int(self._t.monotonic() * 1000) & 0x3FFFFFFF

    def ticks_us(self) -> int:
        return int(self._t.monotonic() * 1_000_000) & 0x3FFFFFFF

    def sleep_ms(self, n) -> None:
        if n > 0:
            self._t.sleep(n / 1000)


class _RealClock:
    """`-X clock=real`: the board's clock is the host's monotonic time (unbounded microseconds since the run
    began) instead of the virtual one that stands still, so that a program can time itself (benchmarks)."""

    real = True

    def __init__(self):
        import time
        self._ns = time.monotonic_ns
        self._sleep = time.sleep
        self._t0 = self._ns()

    def ticks_us(self) -> int:
        return (self._ns() - self._t0) // 1000

    def ticks_ms(self) -> int:
        return self.ticks_us() // 1000

    def sleep_ms(self, n) -> None:
        if n > 0:
            self._sleep(n / 1000)

    def sleep_us(self, n) -> None:
        if n > 0:
            self._sleep(n / 1_000_000)


class Interpreter:
    """One program run: the runtime context `rt` handed to library module factories."""

    def __init__(self, profile: set[str], argv: list[str], path: list[str], stdout, stderr,
                 heapsize: int | None = None, sandbox: pathlib.Path | None = None, stdin=None,
                 real_clock: bool = False, emit: str = "bytecode", tstrings: bool = False):
        self.profile = profile          # ids of differences where MicroPython's behaviour is active
        self.argv = argv
        self.path = path
        self.stdout = stdout
        self.stderr = stderr
        self.stdin = stdin if stdin is not None else sys.stdin
        self.heapsize = heapsize
        self.emit = emit                # -X emit=: the emitter of code without a micropython decorator
        self.alloc_limit = heapsize if heapsize else 1 << 30
        self.heap = HeapModel(self, heapsize)
        self.sandbox = sandbox or pathlib.Path.cwd()
        self.import_roots: tuple[pathlib.Path, ...] = ()
        self.clock = _RealClock() if real_clock else _Clock()
        self.modules: dict[str, Module] = {}
        self.main_globals: dict = {"__name__": "__main__"}
        self.writable = True
        self.defect: BaseException | None = None   # the first defect of the reference met in this run
        State.mp_messages = bool(profile)
        State.profile = frozenset(profile)
        State.heap_locked = 0
        State.handled = None
        State.tstrings = tstrings       # lexer and imports read it: the port's option is a build-time one
        self.atexit = None              # what sys.atexit registered: run after the main script
        from .differences import missing_attrs, missing_builtins
        self.missing_attrs = missing_attrs(profile)
        self.builtin_modules: set[str] = set()     # built into the port: not in sys.modules there
        self.builtins = modbuiltins.make_builtins(self)
        for nm in missing_builtins(profile):
            self.builtins.pop(nm, None)

    # ---- library interface
    def call(self, f, *a, **kw):
        return f(*a, **kw)

    def check_alloc(self, nbytes: int) -> None:
        if nbytes > self.alloc_limit:
            raise MemoryError(f"memory allocation failed, allocating {nbytes} bytes")

    def alloc_guard(self, a, b) -> None:
        """Before `seq * n`: refuse results larger than the modelled heap."""
        seq, n = (a, b) if type(b) is int else (b, a)
        check_heap_unlocked()
        if n > 0:
            # the port's sizes: 8-byte items (a tuple's header in the same block), a NUL after str and bytes
            t = type(seq)
            size = len(seq) * n * (8 if t in (list, tuple) else 1)
            self.check_alloc(size + (16 if t is tuple else 1 if t in (str, bytes) else 0))

    def pow_guard(self, a: int, b: int) -> None:
        if a in (0, 1, -1):
            return
        bits = abs(a).bit_length() * b
        if bits > 8 * self.alloc_limit or bits > 1 << 34:
            raise MemoryError("memory allocation failed")

    def shift_guard(self, a: int, b: int) -> None:
        if a and b // 8 > self.alloc_limit:
            raise MemoryError("memory allocation failed")

    # ---- running source
    def front_end(self, stage, *args):
        """Run a stage of the front end (lex, parse, analyse, compile) on program source. What the port's own
        compiler raises is the program's; any other host exception is a defect of the reference."""
        try:
            return stage(*args)
        except _FRONT_END_ERRORS:
            raise
        except Exception as e:
            if self.defect is None:
                self.defect = e
            raise InternalError(e) from e

    def analyse_source(self, src: str, filename: str, mode: str = "exec") -> tuple:
        """The front end up to scope analysis (compile.analyse_source), its syntax errors the program's."""
        return self._program_syntax(analyse_source, filename, self, src, mode)

    def compile_source(self, src: str, filename: str, g: dict, mode: str = "exec", analysed: tuple | None = None):
        """Compile program source (or what analyse_source made of it) against `g`; returns `run()`."""
        if analysed is None:
            analysed = self.analyse_source(src, filename, mode)
        return self._program_syntax(compile_tree, filename, self, analysed, filename, g, mode)

    def _program_syntax(self, stage, filename: str, *args):
        """Run a front-end stage; a syntax error it finds becomes the program's, located in `filename`."""
        try:
            return self.front_end(stage, *args)
        except MpSyntaxError as e:
            err = e.program_error()
            err.__dict__["_mp_tb"] = [(filename, e.line, None)]
            raise err from None

    def run_source(self, src, g: dict, lc: dict | None, mode: str = "exec"):
        """The exec and eval builtins as programs see them: our lexer, parser and compiler. A code object
        keeps its filename and mode: exec of eval code computes and drops the value; eval of other code is None."""
        filename, analysed = "<string>", None
        if isinstance(src, modbuiltins.CodeObject):
            filename, analysed, code_mode = src.filename, src.analysed, src.mode
            src = src.src
        else:
            if not isinstance(src, str):
                buf = typed_buffer(src)     # bytes, bytearray, a memoryview or an array: its raw memory
                if buf is None:
                    raise TypeError("exec/eval expects a string")
                src = buf[1].decode()
            code_mode = mode
        if "__builtins__" in g:
            g = dict(g)
            del g["__builtins__"]
        ns = g
        if lc is not None and lc is not g:
            ns = dict(g)
            ns.update(lc)
        r = self.compile_source(src, filename, ns, code_mode, analysed)()
        if ns is not g:
            for k, v in ns.items():
                if k not in g or g[k] is not v:
                    lc[k] = v
        return r if mode == "eval" else None

    def new_globals(self, name: str, filename: str | None = None) -> dict:
        g = {"__name__": name}
        if filename is not None:
            g["__file__"] = filename
        return g

    # ---- imports
    def import_module(self, name: str, g: dict, level: int = 0, fromlist: bool = False):
        """Resolve an import: loaded, core, library, frozen, then .py files on sys.path (sandboxed)."""
        if not level and name == "__main__" and "__main__" not in self.modules:
            # py/builtinimport.c answers `__main__` with the main module, though sys.modules does not list it
            # (micropython-lib's unittest.main() imports it to find the tests)
            return Module._made("__main__", self.main_globals)
        if level:
            if g.get("__name__") == "__main__" and mp("core_import_relative_main"):
                raise KeyError("__main__")      # the port looks __main__ up among loaded packages
            pkg = g.get("__package__") or ""
            if not pkg and "__path__" not in g:
                pkg = g.get("__name__", "").rpartition(".")[0]
            elif "__path__" in g and not g.get("__package__"):
                pkg = g.get("__name__", "")
            parts = pkg.split(".") if pkg else []
            if level - 1 > len(parts) or not pkg:
                raise ImportError("can't perform relative import" if State.mp_messages else
                                  "attempted relative import with no known parent package")
            base = ".".join(parts[:len(parts) - (level - 1)])
            name = base + ("." + name if name else "")
        parts = name.split(".")
        mod = None
        for k in range(1, len(parts) + 1):
            mod = self._load(".".join(parts[:k]), parts[k - 1], mod)
        return mod

    def _load(self, full: str, short: str, parent):
        m = self.modules.get(full)
        if m is not None:
            return m
        sub = parent.__dict__.get(short) if isinstance(parent, BuiltinModule) else None
        if isinstance(sub, Module):     # a built-in subpackage: the submodule is in its parent's table
            self.modules[full] = sub
            self.builtin_modules.add(full)
            return sub
        core = _CORE_MODULES.get(full) or (_TSTRING_MODULES.get(full) if State.tstrings else None)
        ns = core(self) if core is not None else self._library(full)
        if ns is not None:
            frozen = full.partition(".")[0] == "asyncio"    # asyncio is frozen Python on the port: listed
            m = ns if isinstance(ns, Module) else (Module if frozen else BuiltinModule)._made(full, ns)
            self.modules[full] = m
            if not frozen:
                self.builtin_modules.add(full)
            if parent is not None:
                setattr(parent, short, m)
            return m
        src_path, is_pkg = self._find_source(full, parent)
        if src_path is None:
            raise ImportError(f"no module named '{full}'" if State.mp_messages else f"No module named '{full}'")
        g = self.new_globals(full, str(src_path))
        if is_pkg:
            g["__path__"] = str(src_path.parent)
        m = Module._made(full, g)
        self.modules[full] = m
        try:
            src = src_path.read_text() if src_path.is_file() else ""
            self.compile_source(src, str(src_path), g)()
        except BaseException:
            self.modules.pop(full, None)
            raise
        if parent is not None:
            setattr(parent, short, m)
        return m

    def _library(self, full: str):
        try:
            lib = importlib.import_module("mpconform.interpreter.lib")
        except ImportError:
            return None
        spec = getattr(lib, "MODULES", {}).get(full)
        if spec is None and full.startswith("u") and getattr(lib, "MODULES", {}).get(full[1:]):
            spec = lib.MODULES[full[1:]]
        if spec is not None:
            modpath, _, factory = spec.partition(":")
            factory_fn = getattr(importlib.import_module(modpath), factory or "make_module")
            return factory_fn(self)
        frozen = getattr(lib, "FROZEN", {}).get(full)
        if frozen is not None:
            p = pathlib.Path(frozen)
            if not p.is_absolute():
                p = pathlib.Path(lib.__file__).parent / p
            g = self.new_globals(full, str(p))
            m = Module._made(full, g)
            self.modules[full] = m
            try:
                self.compile_source(p.read_text(), f"{full}.py", g)()
            except BaseException:
                self.modules.pop(full, None)
                raise
            return m
        return None

    def _find_source(self, full: str, parent):
        rel = full.split(".")
        dirs = []
        if parent is not None:
            pp = parent.__dict__.get("__path__")
            if pp is None:
                return None, False
            dirs = [pathlib.Path(pp)]
            rel = rel[-1:]
        else:
            dirs = [pathlib.Path(p) for p in self.path if p and not p.startswith(".frozen")]
        for d in dirs:
            base = d.joinpath(*rel)
            cand = base.with_suffix(".py") if not base.name.endswith(".py") else base
            if not self._inside_sandbox(d):
                continue
            if (base / "__init__.py").is_file():
                return base / "__init__.py", True
            if cand.is_file():
                return cand, False
            if base.is_dir():
                return base / "__init__.py", True
        return None, False

    def _inside_sandbox(self, d: pathlib.Path) -> bool:
        """Imports come from the sandbox or from a folder the *host* put on the path (MICROPYPATH)."""
        for root in (self.sandbox, *self.import_roots):
            try:
                d.resolve().relative_to(root.resolve())
                return True
            except ValueError:
                continue
        return False
