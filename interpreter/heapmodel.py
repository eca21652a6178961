"""The port's garbage-collected heap (py/gc.c, py/malloc.c), modelled: how many bytes a program needs, in
MicroPython's object sizes on the 64-bit unix port, so that `gc.mem_alloc()` and `-X heapsize=N` mean there
what they mean on the port.

What is modelled, and how (docs and figures: README, "How close is the reference's memory model"):
- Compiling. The port parses a whole module into a tree and compiles every function before it frees the
  tree, so compiling has a peak of its own: a linear function of the syntax tree (nodes, scopes, classes,
  names), and the bytecode it leaves behind another. Both sets of coefficients were fitted on 130 suite
  programs compiled on the unix port 1.29 (wrapped in a function that is never called, so that only
  compiling costs), and predict each of them within 0.72-1.2x (peak) and 0.4-1.75x (what stays).
- Running. The live data: every object reachable from the program's globals, its modules and the locals of
  each active frame (the reference's frames are host frames: their slot lists are walked; the port keeps
  them on the C stack, so they cost nothing themselves), at the port's sizes: 32-byte blocks, small ints
  and interned strings free, a list's header and its items apart, a dict's table of 16-byte slots at the
  port's hash sizes, and so on (`shallow_bytes`); strings equal to a qstr of the program are free, as the
  port makes them that qstr. The collector needs room beyond the live data to work in (fragmentation,
  garbage made between collections): `RUN_SLACK`, a round 1.3, not fitted; `RUN_BASE` is what an empty
  program has allocated on the port (gc.mem_alloc() of `pass`: 960 bytes).
- When. `gc.mem_alloc()` walks the live data when called. Under `-X heapsize=N` a profile hook counts the
  host's calls and returns and walks every so often (more rarely the more there is to walk, so that the
  walks cost about as much as the program), and raises MemoryError when the need passes N. A peak shorter
  than the walking interval can be missed: the model errs towards too little then.
"""
from __future__ import annotations

import bisect
import sys
import types
from collections.abc import Iterable
from typing import Any

__all__ = ["HeapModel", "shallow_bytes", "compile_cost"]

BLOCK = 32          # MICROPY_BYTES_PER_GC_BLOCK on a 64-bit port: 4 words
WORD = 8
SMALL_INT = 1 << 62  # MP_SMALL_INT fits 63 bits (sign included) on a 64-bit port

# Compiling a module: peak = COMPILE_BASE + per-feature costs (the port's parse tree, scopes, bytecode and
# qstrs); what stays = CODE_BASE + per-feature costs. Fitted on the unix port 1.29 (see the docstring).
COMPILE_BASE = 2752
COMPILE_COST = {"nodes": 23.4, "scopes": 130.0, "classes": 194.0, "names": 12.8}
CODE_BASE = 130
CODE_COST = {"nodes": 3.36, "scopes": 47.4, "classes": 83.3, "names": 0.0}
# Running: the port's heap use before the program's own data (sys, the module, its globals' dict), and the
# factor by which the collector needs more than the live data it keeps.
RUN_BASE = 960
RUN_SLACK = 1.3

# py/map.c: hash table sizes a map or set grows through
_HASH_SIZES = (0, 2, 4, 5, 7, 11, 17, 29, 47, 71, 107, 163, 251, 367, 557, 823, 1237, 1861, 2777, 4177, 6247, 9371,
               14057, 21089, 31627, 47431, 71143, 106721, 160073, 240101, 360163, 540217, 810343, 1215497, 1823231,
               2734867, 4102283, 6153409, 9230113, 13845163)
_WALK_LIMIT = 500_000    # objects visited at most by one walk
_SCOPES = ("FunctionDef", "AsyncFunctionDef", "Lambda", "ListComp", "SetComp", "DictComp", "GeneratorExp")
_HERE = __file__.rsplit("/", 1)[0]
_LIB = _HERE + "/lib/"
_CLI = _HERE + "/cli.py"


def _blocks(nbytes: int) -> int:
    """Bytes the collector hands out for a request of `nbytes`: whole blocks, at least one."""
    return max(1, -(-nbytes // BLOCK)) * BLOCK


def _hash_alloc(n: int) -> int:
    """Slots of a map or set holding n entries: the first size above n (the port grows a full table)."""
    i = bisect.bisect_right(_HASH_SIZES, n)
    return _HASH_SIZES[i] if i < len(_HASH_SIZES) else n * 3 // 2


def compile_cost(tree: Any, interned: set[str] | None = None) -> tuple[float, float]:
    """(peak, what stays) of compiling a syntax tree, by the fitted coefficients; adds to `interned` the
    strings the port interns as qstrs while parsing (names, attributes, short string constants)."""
    from .node import Node

    counts = {"nodes": 0, "scopes": 0, "classes": 0}
    names: set[str] = set()
    stack = [tree]
    while stack:
        v = stack.pop()
        if isinstance(v, Node):
            counts["nodes"] += 1
            if v.kind in _SCOPES:
                counts["scopes"] += 1
            elif v.kind == "ClassDef":
                counts["classes"] += 1
            elif v.kind == "Name":
                names.add(v.id)
            if interned is not None:
                _note_qstrs(v, interned)
            stack.extend(x for k, x in v.__dict__.items() if k not in ("kind", "line") and isinstance(x, (Node, list, tuple)))
        elif isinstance(v, (list, tuple)):
            stack.extend(x for x in v if isinstance(x, (Node, list, tuple)))
    counts["names"] = len(names)
    peak = sum(COMPILE_COST[k] * counts[k] for k in COMPILE_COST)
    stays = CODE_BASE + sum(CODE_COST[k] * counts[k] for k in CODE_COST)
    return peak, stays


#: py/parse.c interns string literals shorter than MICROPY_ALLOC_PARSE_INTERN_STRING_LEN
_INTERN_LEN = 10


def _note_qstrs(node: Any, interned: set[str]) -> None:
    for key, value in node.__dict__.items():
        if key in ("id", "attr", "name", "arg") and isinstance(value, str):
            interned.add(value)
        elif key == "value" and node.kind == "Constant" and isinstance(value, str) and len(value) < _INTERN_LEN:
            interned.add(value)


def _is_program_function(v: Any) -> bool:
    return type(v) is types.FunctionType and hasattr(v, "_mp_filename")


def _is_program_class(v: Any) -> bool:
    return isinstance(v, type) and not str(getattr(v, "__module__", "builtins")).startswith(("builtins", "mpconform"))


def _is_internal(t: type) -> bool:
    """A class of the reference's own machinery (syntax nodes, the compiler, its modules): not program data.
    The library's classes (interpreter/lib: deque, ...) are the program's."""
    mod = str(getattr(t, "__module__", ""))
    return mod.startswith("mpconform.interpreter") and not mod.startswith("mpconform.interpreter.lib")


def shallow_bytes(v: Any, interned: set[str] | frozenset[str] = frozenset()) -> int:
    """Heap bytes of `v` itself on the port (not of what it refers to); 0 for what needs no heap: small
    ints, None, booleans, the port's built-in functions, types and modules (in ROM), and strings equal to a
    qstr (`interned`: the port makes a new string that exists as a qstr that qstr, mp_obj_new_str)."""
    t = type(v)
    if v is None or t is bool:
        return 0
    if t is int:
        if -SMALL_INT <= v < SMALL_INT:
            return 0
        return BLOCK + _blocks(4 * -(-v.bit_length() // 32))       # mp_obj_int_t + 32-bit mpz digits
    if t is float or t is complex:
        return BLOCK
    if t is str or t is bytes:
        if not v or t is str and v in interned:
            return 0
        return BLOCK + _blocks(len(v) + 1)                            # mp_obj_str_t + its data
    if t is bytearray:
        return BLOCK + _blocks(len(v)) if len(v) else BLOCK
    if t is list:
        return BLOCK + _blocks(WORD * max(4, len(v)))
    if t is tuple:
        return _blocks(2 * WORD + WORD * len(v)) if v else 0
    if t is dict:
        return BLOCK + (_blocks(2 * WORD * _hash_alloc(len(v))) if v else 0)
    if t is set or t is frozenset:
        return BLOCK + (_blocks(WORD * _hash_alloc(len(v))) if v else 0)
    if t is types.FunctionType:
        if not hasattr(v, "_mp_filename"):
            return 0                                                   # the reference's own code
        closure = getattr(v, "_mp_closure", ()) or ()
        own = _blocks(4 * WORD + WORD * len(getattr(v, "_mp_defaults", ()) or ()))
        return own + (_blocks(3 * WORD + WORD * len(closure)) if closure else 0)
    if t is types.MethodType:
        return BLOCK
    if t is types.GeneratorType:
        frame = v.gi_frame
        slots = frame.f_locals.get("f") if frame is not None else None
        return _blocks(6 * WORD + WORD * (len(slots) + 4 if isinstance(slots, list) else 8))
    if isinstance(v, BaseException):
        return BLOCK + _blocks(3 * WORD * 4)                           # object, and a traceback of a few entries
    if isinstance(v, type):
        if not _is_program_class(v):
            return 0
        return _blocks(15 * WORD) + BLOCK + _blocks(2 * WORD * _hash_alloc(len(v.__dict__)))
    if t.__name__ == "Cell" or t is range or t is memoryview or t is slice:
        return BLOCK
    if isinstance(v, (types.BuiltinFunctionType, types.ModuleType)) or callable(v) and not hasattr(v, "__dict__"):
        return 0
    if _is_internal(t):
        return 0
    d = getattr(v, "__dict__", None)
    if type(d) is dict:
        return BLOCK + (_blocks(2 * WORD * _hash_alloc(len(d))) if d else 0)   # instance and its members map
    return BLOCK


def _children(v: Any) -> Iterable[Any]:
    """What `v` refers to, as the port's object would."""
    t = type(v)
    if t is list or t is tuple or t is set or t is frozenset:
        return v
    if t is dict:
        return [*v.keys(), *v.values()]
    if t is types.FunctionType:
        if not hasattr(v, "_mp_filename"):
            return ()
        return [*(getattr(v, "_mp_defaults", ()) or ()), *(getattr(v, "_mp_closure", ()) or ())]
    if t is types.MethodType:
        return (v.__self__, v.__func__)
    if t is types.GeneratorType:
        frame = v.gi_frame
        slots = frame.f_locals.get("f") if frame is not None else None
        return slots if isinstance(slots, list) else ()
    if t.__name__ == "Cell":
        return (getattr(v, "v", None),)
    if isinstance(v, BaseException):
        return v.args
    if isinstance(v, type):
        return list(v.__dict__.values()) if _is_program_class(v) else ()
    if t is types.BuiltinFunctionType or t is types.ModuleType:
        return ()
    d = getattr(v, "__dict__", None)
    return list(d.values()) if type(d) is dict else ()


class HeapModel:
    """The heap of one run of the reference: what compiling left, the live data, the peak, the limit."""

    def __init__(self, interp: Any, limit: int | None = None) -> None:
        self.interp = interp
        self.limit = limit
        self.code = 0.0                 # bytes compiled code keeps
        self.peak = 0
        self.interned: set[str] = set()
        self._trees: list[Any] = []
        self._countdown = 0
        self._interval = 64

    # -- what the program asks (gc, micropython) -----------------------------------------------------------
    def allocated(self) -> int:
        """Bytes in use now, as gc.mem_alloc() after gc.collect() would say on the port."""
        live = self.live()
        return int(RUN_BASE + self.code + live)

    def need(self) -> int:
        """Bytes of heap the program needs at this moment: what is in use, and the collector's room."""
        live = self.live()
        return int(RUN_BASE + self.code + RUN_SLACK * live)

    # -- compiling -------------------------------------------------------------------------------------------
    def compiled(self, tree: Any) -> None:
        """A module or string was compiled: under a limit, check its compile peak against it (the first is
        the program itself, compiled on the port's fresh heap); its code is counted when first asked for
        (a run that never asks, the usual one, pays nothing for the model)."""
        if not self.limit:
            self._trees.append(tree)
            return
        peak, stays = compile_cost(tree, self.interned)
        need = (COMPILE_BASE if not self.code else self.need()) + peak
        self._note(int(need))
        self.code += stays

    def _count_code(self) -> None:
        while self._trees:
            self.code += compile_cost(self._trees.pop(0), self.interned)[1]

    # -- running ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Under a limit, watch the program's calls and returns and check its need every so often."""
        if self.limit:
            sys.setprofile(self._hook)

    def stop(self) -> None:
        """Stop watching; a last check sees what the program left (built since the last walk, as by a
        comprehension, whose list the walks cannot see until it is stored)."""
        if self.limit:
            sys.setprofile(None)
            self._check()

    def _hook(self, frame: Any, event: str, arg: Any) -> None:
        self._countdown -= 1
        if self._countdown > 0:
            return
        sys.setprofile(None)
        try:
            visited = self._check()
        finally:
            sys.setprofile(self._hook)
        self._countdown = max(self._interval, visited)

    def _check(self) -> int:
        live, visited = self._walk()
        self._note(int(RUN_BASE + self.code + RUN_SLACK * live))
        return visited

    def _note(self, need: int) -> None:
        self.peak = max(self.peak, need)
        if self.limit and need > self.limit:
            raise MemoryError(f"memory allocation failed, heap of {self.limit} bytes exhausted "
                              f"(the reference's model needs {need})")

    def live(self) -> int:
        self._count_code()
        return self._walk()[0]

    def _walk(self) -> tuple[int, int]:
        """(live bytes, objects visited) reachable from the roots: globals, program modules, active frames."""
        seen: set[int] = set()
        stack: list[Any] = []
        stack.extend(self.interp.main_globals.values())
        for m in list(self.interp.modules.values()):
            d = getattr(m, "__dict__", None)
            if type(d) is dict and d is not self.interp.main_globals:
                stack.extend(d.values())
        frames = 0
        f = sys._getframe(1)
        while f is not None and f.f_code.co_filename != _CLI:
            name = f.f_code.co_filename
            if name.startswith(_HERE) and name != __file__:
                frames += 1
                # A program function's frame: its slot list `f` (the port keeps frames on the C stack, so
                # the list costs nothing, what it holds does). The library's functions are written like
                # programs: their locals are the data they work on. Other frames are the reference's own.
                library = (name.startswith(_LIB) and f.f_code.co_name != "<module>"
                           and not name[len(_LIB):].startswith("_"))   # not an import: modules are in ROM
                for local, value in f.f_locals.items():
                    if local == "f" and type(value) is list:
                        seen.add(id(value))
                        stack.extend(value)
                    elif library and local not in ("self", "rt"):
                        stack.append(value)
            f = f.f_back
        total = 0
        while stack and len(seen) < _WALK_LIMIT:
            v = stack.pop()
            if v is None or type(v) is bool or id(v) in seen:
                continue
            seen.add(id(v))
            size = shallow_bytes(v, self.interned)
            if size or type(v) in (list, tuple, dict, set, frozenset, types.FunctionType):
                total += size
                stack.extend(_children(v))
        return total, len(seen) + frames
