"""The generator's model of a program: typed names in scope with size bounds, callables, classes, output."""
from __future__ import annotations

from dataclasses import dataclass, field

from .choices import Chooser

__all__ = ["Var", "Func", "ClassInfo", "State", "FEATURES", "EXTENDED", "SIZED", "MAX_BITS", "MAX_FLOAT", "MAX_LEN"]

#: Swarm features: each program enables a random subset (the expression and statement makers consult it).
FEATURES = (
    "bigint", "float", "str", "bytes", "list", "tuple", "dict", "set", "slice", "comp", "format",
    "func", "closure", "gen", "class", "inherit", "try", "loop", "while", "if", "lambda", "unpack",
    "fstring", "math",
)
#: Features outside MicroPython's common subset (documented differences): enabled rarely, so most programs
#: probe shared semantics while these still get exercised.
EXTENDED = ("strstep", "dictunpack")

SIZED = ("str", "bytes", "list", "lstr", "tuple", "dict", "set")
MAX_BITS = 320        # ints stay below 2**MAX_BITS: big enough for bignum paths, small enough to print fast
MAX_FLOAT = 1e12      # floats stay below this magnitude: '%.4f' then has at most 17 significant digits
MAX_LEN = 60          # strings, lists, dicts, sets stay below this length


@dataclass
class Var:
    """A name bound in scope: its type tag and an upper bound (int: bits; float: magnitude; sized: length)."""

    name: str
    type: str
    bound: float
    readonly: bool = False        # a loop counter: the body may read it but never rebind it


@dataclass
class Func:
    """A callable in scope: positional parameter types, how it accepts extras, what it returns."""

    name: str
    params: tuple[str, ...]
    ret: str
    ret_bound: float
    n_required: int = -1          # parameters without default (-1: all)
    star: str | None = None       # type of *args elements, if any
    kw: bool = False              # accepts **kwargs of ints
    is_gen: bool = False          # a generator function (returns an iterator of `ret`)


@dataclass
class ClassInfo:
    """A user class: constructor fields (int `a`, str `b`) plus the dunders it defines."""

    name: str
    base: str | None
    dunders: frozenset[str]
    methods: tuple[str, ...] = ()
    ctor_extra: bool = False      # subclass constructor takes a third int argument


@dataclass
class State:
    """Everything the generator knows while writing one program."""

    c: Chooser
    features: frozenset[str]
    lines: list[str] = field(default_factory=list)
    scopes: list[list[Var]] = field(default_factory=lambda: [[]])
    funcs: list[Func] = field(default_factory=list)
    classes: list[ClassInfo] = field(default_factory=list)
    exc_classes: list[str] = field(default_factory=list)
    indent: int = 0
    local_base: int = 0           # scopes[local_base:] may be assigned (inside a function: its own scopes)
    loop_depth: int = 0
    loop_mult: int = 1            # product of the iteration counts of the enclosing loops
    func_depth: int = 0
    counter: int = 0
    uses_math: bool = False
    loop_modified: set[str] = field(default_factory=set)  # names updated inside some loop body
    kind_cache: dict = field(default_factory=dict)        # per program: statement kinds allowed, value types

    # -- names -------------------------------------------------------------------------------------------
    def fresh(self, prefix: str = "v") -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def has(self, feature: str) -> bool:
        return feature in self.features

    # -- scope -------------------------------------------------------------------------------------------
    def visible(self, type_: str | None = None) -> list[Var]:
        """Names readable here, innermost scope last; function scopes see only their own and globals."""
        out: list[Var] = []
        for scope in self.scopes:
            out.extend(v for v in scope if type_ is None or v.type == type_)
        return out

    def assignable(self, type_: str | None = None) -> list[Var]:
        """Names this code may rebind without making a global local (and so unbound) in a function."""
        out: list[Var] = []
        for scope in self.scopes[self.local_base:]:
            out.extend(v for v in scope if (type_ is None or v.type == type_) and not v.readonly)
        return out

    def bind(self, name: str, type_: str, bound: float) -> Var:
        """Bind a new name in the innermost scope (or widen the bound of an existing one)."""
        for scope in reversed(self.scopes):
            for v in scope:
                if v.name == name:
                    v.bound = max(v.bound, bound)
                    return v
        v = Var(name, type_, bound)
        self.scopes[-1].append(v)
        return v

    # -- output ------------------------------------------------------------------------------------------
    def emit(self, text: str) -> None:
        self.lines.append("    " * self.indent + text)
