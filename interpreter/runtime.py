"""Runtime seam shared by compiled code: cells, control signals, tracebacks, message translation, modules."""
from __future__ import annotations

__all__ = ["mp", "Cell", "UNBOUND", "MISS", "BREAK", "CONTINUE", "RETURN", "note", "push_frame", "RERAISED", "Module",
           "BuiltinModule", "DENIED_ATTRS", "check_attr", "stand_in", "CodeInfo", "safe_getattr", "format_traceback",
           "State", "check_heap_unlocked"]

import errno as _errno
import re


class Cell:
    """A variable shared between a function and the closures it creates."""
    __slots__ = ("v",)

    def __init__(self, v=None):
        self.v = v


class _Unbound:
    __slots__ = ()

    def __repr__(self):
        return "<unbound>"


UNBOUND = _Unbound()
MISS = object()        # an attribute hook declining (attrs.py): the host attribute applies
BREAK, CONTINUE, RETURN = "break", "continue", "return"   # statement results other than None


class State:
    """Per-run mutable state: the active difference profile and message style."""
    mp_messages = True
    profile: frozenset = frozenset()      # ids of the active differences (see differences.py)
    heap_locked = 0
    filename = "<stdin>"
    handled: BaseException | None = None    # what sys.exc_info() reports: set in an except clause, then cleared
    tstrings = False                        # -X tstring=yes: a build with MICROPY_PY_TSTRINGS (PEP 750)


def check_heap_unlocked() -> None:
    """Before making a heap object: micropython.heap_lock() makes every allocation fail."""
    if State.heap_locked:
        raise MemoryError("memory allocation failed, heap is locked")


def mp(diff_id: str) -> bool:
    """Whether the catalogued difference `diff_id` follows MicroPython in this run (else CPython)."""
    return diff_id in State.profile


# ---- attribute safety: names that lead from program values to host internals
DENIED_ATTRS = frozenset("""
__subclasses__ __globals__ __code__ __builtins__ __closure__ __func__globals__ gi_frame gi_code gi_yieldfrom
cr_frame cr_code cr_await ag_frame ag_code f_globals f_locals f_back f_code f_builtins tb_frame tb_next
__traceback__ __loader__ __spec__ __reduce__ __reduce_ex__ __getattribute__ __subclasshook__ __init_subclass__
__weakref__ mro __mro_entries__ __objclass__ __wrapped__ __defaults__ __kwdefaults__ __getstate__ __setstate__
""".split())


def check_attr(name: str) -> None:
    """Refuse attribute names that would let a program reach the host."""
    if name in DENIED_ATTRS:
        raise AttributeError(f"attribute '{name}' is not available")


class CodeInfo:
    """What `f.__code__` shows under CPython semantics: names and counts, never the host's code object."""
    __slots__ = ("co_name", "co_argcount", "co_filename", "co_varnames")

    def __init__(self, fn):
        self.co_name = fn.__name__
        self.co_filename = getattr(fn, "_mp_filename", "<stdin>")
        self.co_argcount = getattr(fn, "_mp_argcount", 0)
        self.co_varnames = tuple(getattr(fn, "_mp_argnames", ()))

    def __repr__(self):
        return f'<code object {self.co_name}, file "{self.co_filename}">'


# attribute name -> (catalogue id whose CPython behaviour shows it, host type that has it)
_STAND_INS = {"__traceback__": ("core_exception_traceback", BaseException),
              "__defaults__": ("core_function_defaults", type(check_attr)),
              "__code__": ("core_function_defaults", type(check_attr))}


def stand_in(obj, name: str):
    """A denied attribute under CPython semantics: a safe value with the same presence, else AttributeError."""
    spec = _STAND_INS.get(name)
    if spec is None or mp(spec[0]) or not isinstance(obj, spec[1]):
        check_attr(name)
        raise AttributeError(name)
    if name == "__traceback__":
        return None         # present as in CPython; frames are host internals, so no traceback object
    if name == "__defaults__":
        return getattr(obj, "_mp_defaults", None) or None
    return CodeInfo(obj)


_MODULE_TYPE = type(re)


def filter_attr(name: str, v):
    """Post-check values whose type, not name, would leak host capabilities."""
    if type(v) is _MODULE_TYPE:
        raise AttributeError(f"attribute '{name}' is not available")
    if name == "__dict__" and type(v).__name__ == "mappingproxy":
        return {k: x for k, x in v.items() if k not in DENIED_ATTRS}
    return v


def safe_getattr(obj, name: str, *default):
    """getattr() as programs see it."""
    if type(name) is not str:
        raise TypeError("attribute name must be string")
    if name in DENIED_ATTRS:
        try:
            return stand_in(obj, name)
        except AttributeError:
            if default:
                return default[0]
            raise
    try:
        v = getattr(obj, name)
    except AttributeError:
        if default:
            return default[0]
        raise
    if name[:2] == "__" or type(v) is _MODULE_TYPE:
        v = filter_attr(name, v)
    return v


_MADE_HERE = object()    # what the interpreter passes to make a module; programs cannot reach it


class Module:
    """A program-visible module; its __dict__ is the module's global namespace."""

    def __init__(self, name: str, ns: dict | None = None, made_by=None):
        if made_by is not _MADE_HERE and mp("modules_module_attrs"):
            raise TypeError("can't create 'module' instances")
        if ns is not None:
            object.__setattr__(self, "__dict__", ns)
        self.__dict__.setdefault("__name__", name)

    @classmethod
    def _made(cls, name: str, ns: dict | None = None) -> "Module":
        """A module the interpreter makes (a program calling the module type is refused on the port)."""
        return cls(name, ns, _MADE_HERE)

    def __repr__(self):
        return f"<module '{self.__dict__.get('__name__', '?')}'>"

    def __getattr__(self, name):
        hook = self.__dict__.get("__getattr__")
        if hook is not None and not name.startswith("__"):
            return hook(name)
        raise AttributeError(f"module '{self.__dict__.get('__name__', '?')}' has no attribute '{name}'")


class BuiltinModule(Module):
    """A module built into the port: its namespace is in ROM, so it takes no new attributes and none is
    deleted, except those sys delegates (py/modsys.c: path, ps1, ps2)."""

    def __setattr__(self, name, v):
        self._check_store(name)
        super().__setattr__(name, v)

    def __delattr__(self, name):
        self._check_store(name)
        super().__delattr__(name)

    def _check_store(self, name: str) -> None:
        if mp("modules_module_attrs") and name not in _DELEGATED.get(self.__dict__.get("__name__"), ()):
            raise AttributeError(f"'module' object has no attribute '{name}'")


_DELEGATED = {"sys": frozenset({"path", "ps1", "ps2"})}

for _cls in (Module, BuiltinModule):
    _cls.__name__ = _cls.__qualname__ = "module"
    _cls.__module__ = "builtins"     # type(sys) prints <class 'module'>


# ---- tracebacks: each exception carries _mp_tb (list of (file, line, func), innermost first)
#      and _mp_line (line of the innermost statement not yet attributed to a frame).
def note(e: BaseException, line: int) -> BaseException:
    """Called when an exception leaves a statement: remember the line once, translate host messages."""
    d = e.__dict__
    if d.get("_mp_line") is None:
        d["_mp_line"] = line
        if not d.get("_mp_seen"):
            d["_mp_seen"] = True
            if isinstance(e, RecursionError):
                n = RuntimeError("maximum recursion depth exceeded")
                n.__dict__.update(d)
                return n
            if State.mp_messages:
                _translate(e)
    return e


RERAISED = 0     # _mp_line of an exception a bare `raise` re-raised: its frame already has its entry


def push_frame(e: BaseException, filename: str, name: str) -> None:
    """Called when an exception leaves a program function or enters one of its except clauses: record the
    frame's line (none for native code, whose filename is None)."""
    d = e.__dict__
    line = d.get("_mp_line")
    if line is None:
        return
    d["_mp_line"] = None
    if line == RERAISED:
        return
    if filename is None:
        return      # native code: the port records no traceback entry for its frames
    tb = d.get("_mp_tb")
    if tb is None:
        tb = d["_mp_tb"] = []
    tb.append((filename, line, name))


def format_traceback(e: BaseException) -> str:
    """MicroPython's traceback text for an exception (mp_obj_print_exception): no heading without entries."""
    entries = e.__dict__.get("_mp_tb") or []
    lines = ["Traceback (most recent call last):"] if entries else []
    for filename, line, name in reversed(entries):
        lines.append(f'  File "{filename}", line {line}, in {name}' if name else f'  File "{filename}", line {line}')
    lines.append(format_exc_line(e))
    return "\n".join(lines) + "\n"


def format_exc_line(e: BaseException) -> str:
    """The last line: 'Type: message', the colon there even with no message (objexcept.c's PRINT_EXC)."""
    name = type(e).__qualname__ if type(e).__module__ == "builtins" else type(e).__name__
    s = _exc_str(e)
    # the port prints "Type: " and then the message, an empty one too (py/objexcept.c, PRINT_EXC)
    return f"{name}: {s}" if s or e.__dict__.get("_mp_null_msg") or State.mp_messages else name


def not_implemented() -> NotImplementedError:
    """NotImplementedError as the port raises it with a NULL message: args == ()."""
    return NotImplementedError()


def oserror_str(e: OSError) -> str | None:
    """str() of an OSError as the port prints it ('[Errno 2] ENOENT'), None where the host's text is right."""
    a = e.args
    if type(e).__module__ != "builtins" or not 1 <= len(a) <= 2 or type(a[0]) is not int:
        return None
    name = _errno.errorcode.get(a[0])
    if name is None:
        return None
    return f"[Errno {a[0]}] {name}" + (f": {a[1]}" if len(a) == 2 else "")


def _exc_str(e: BaseException) -> str:
    try:
        if isinstance(e, KeyError) and len(e.args) == 1 and State.mp_messages:
            return str(e.args[0]) if not isinstance(e.args[0], str) else e.args[0]
        if isinstance(e, OSError) and State.mp_messages:
            s = oserror_str(e)
            if s is not None:
                return s
        return str(e)
    except Exception:  # a broken __str__ of a program exception must not crash the host
        return "<exception str() failed>"


# ---- host message -> MicroPython message
_OPNAMES = {"+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__", "//": "__floordiv__",
            "%": "__mod__", "** or pow()": "__pow__", "<<": "__lshift__", ">>": "__rshift__", "&": "__and__",
            "|": "__or__", "^": "__xor__", "@": "__matmul__", "+=": "__iadd__", "-=": "__isub__",
            "*=": "__imul__", "/=": "__itruediv__", "//=": "__ifloordiv__", "%=": "__imod__",
            "**=": "__ipow__", "<<=": "__ilshift__", ">>=": "__irshift__", "&=": "__iand__", "|=": "__ior__",
            "^=": "__ixor__", "divmod()": "__divmod__"}
_CMP = {"<": "__lt__", ">": "__gt__", "<=": "__le__", ">=": "__ge__"}
_UN = {"unary -": "__neg__", "unary +": "__pos__", "unary ~": "__invert__"}
_RULES = [
    (re.compile(r"(\S+)\(\) takes (?:from \d+ to )?(\d+) positional arguments? but (\d+) (?:was|were) given"),
     lambda m: f"{m[1].split('.')[-1]}() takes {m[2]} positional arguments but {m[3]} were given"),
    (re.compile(r"(\S+)\(\) got an unexpected keyword argument '(\w+)'"),
     lambda m: f"unexpected keyword argument '{m[2]}'"),
    (re.compile(r"(\S+)\(\) got multiple values for argument '(\w+)'"),
     lambda m: f"function got multiple values for argument '{m[2]}'"),
    (re.compile(r"(\S+)\(\) missing (\d+) required positional arguments?: .*"),
     lambda m: f"function missing {m[2]} required positional arguments"),
    (re.compile(r"(\S+)\(\) missing (\d+) required keyword-only arguments?: .*"),
     lambda m: "function missing keyword-only argument"),
    (re.compile(r"unsupported operand type\(s\) for (.+): '(\w+)' and '(\w+)'"),
     lambda m: f"unsupported types for {_OPNAMES.get(m[1], m[1])}: '{m[2]}', '{m[3]}'"),
    (re.compile(r"'(.+)' not supported between instances of '(\w+)' and '(\w+)'"),
     lambda m: f"unsupported types for {_CMP.get(m[1], m[1])}: '{m[2]}', '{m[3]}'"),
    (re.compile(r"bad operand type for (unary .|abs\(\)): '(\w+)'"),
     lambda m: f"unsupported type for {_UN.get(m[1], '__abs__')}: '{m[2]}'"),
    (re.compile(r"^(float |integer )?(division|modulo|divmod)( or modulo)?( by zero)$|^float (modulo|divmod\(\))$"),
     lambda m: "divide by zero"),
    (re.compile(r"invalid literal for int\(\) with base (\d+): (.*)$"),
     lambda m: f"invalid syntax for integer with base {m[1]}: {m[2]}"),
    (re.compile(r"could not convert string to float: .*"), lambda m: "invalid syntax for number"),
    (re.compile(r"'(\w+)' object is not (callable|iterable|subscriptable)$"),
     lambda m: f"'{m[1]}' object isn't {m[2]}"),
    (re.compile(r"'(\w+)' object is not an iterator$"), lambda m: f"'{m[1]}' object isn't an iterator"),
    (re.compile(r"unhashable type: '(\w+)'"), lambda m: f"unsupported type for __hash__: '{m[1]}'"),
    (re.compile(r"too many values to unpack \(expected (\d+)\)"), lambda m: m[0]),
    (re.compile(r"not enough values to unpack \(expected (\d+), got (\d+)\)"),
     lambda m: f"need more than {m[2]} values to unpack"),
    (re.compile(r"(list|tuple|str|bytes|bytearray) indices must be integers or slices, not (\w+)"),
     lambda m: f"{m[1]} indices must be integers, not {m[2]}"),
    (re.compile(r"(\w+)\.index\(x\): x not in (list|tuple)|(.*) is not in list"), lambda m: "object not in sequence"),
    (re.compile(r"pop from an empty set"), lambda m: "pop from an empty set"),
    (re.compile(r"can only concatenate (\w+) \(not \"(\w+)\"\) to (\w+)"),
     lambda m: f"unsupported types for __add__: '{m[1]}', '{m[2]}'"),
    (re.compile(r"can only concatenate str \(not \"(\w+)\"\) to str"),
     lambda m: f"can't convert '{m[1]}' object to str implicitly"),
    (re.compile(r"exceptions must derive from BaseException"), lambda m: m[0]),
    (re.compile(r"Replacement index (\d+) out of range.*"), lambda m: "tuple index out of range"),
    (re.compile(r"Single '}' encountered in format string"), lambda m: "single '}' encountered in format string"),
    (re.compile(r"Max string recursion exceeded"), lambda m: "invalid format specifier"),   # '{:{:{}}}'
    (re.compile(r"%(\w) format: a (number|real number|integer) is required, not (\w+)"),
     lambda m: f"can't convert {m[3]} to int" if m[1] in "dixX" else m[0]),
]


def _translate(e: BaseException) -> None:
    """Rewrite a host-generated message into MicroPython's wording (same exception type)."""
    args = e.args
    if len(args) != 1 or type(args[0]) is not str or type(e).__module__ != "builtins":
        return
    msg = args[0]
    if isinstance(e, (TypeError, ValueError, ZeroDivisionError, IndexError)):
        for rx, fn in _RULES:
            m = rx.match(msg)
            if m:
                new = fn(m)
                if new != msg:
                    e.args = (new,)
                return
