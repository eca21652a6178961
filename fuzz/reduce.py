"""Shrinking a divergent program: hypothesis shrinks its choice sequence, then its source lines are reduced."""
from __future__ import annotations

import ast
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

from .generate import replay

__all__ = ["AST_LOCK", "program_size", "Reduction", "reduce_program", "shrink_choices", "shrink_with_hypothesis", "reduce_lines",
           "reduce_expressions"]

Check = Callable[[str], bool]


@dataclass(frozen=True)
class Reduction:
    """The smallest program found that still shows the same divergence, and what it cost to find."""

    source: str
    original_lines: int
    checks: int
    shrinker: str = "lines"       # what shrank the choice sequence first: "hypothesis", "choices", or none


class _Budget:
    def __init__(self, check: Check, limit: int) -> None:
        self.check, self.limit, self.used = check, limit, 0
        self.seen: dict[str, bool] = {}

    def __call__(self, source: str) -> bool:
        if source in self.seen:
            return self.seen[source]
        if self.used >= self.limit:
            return False
        self.used += 1
        ok = _compiles(source) and self.check(source)
        self.seen[source] = ok
        return ok

    @property
    def spent(self) -> bool:
        return self.used >= self.limit


def _compiles(source: str) -> bool:
    try:
        compile(source, "reduce.py", "exec")
        return True
    except (SyntaxError, ValueError):
        return False


def program_size(source: str) -> tuple[int, int]:
    """(lines, characters): what makes one program smaller than another."""
    return (source.count("\n"), len(source))


def shrink_choices(choices: Sequence[int], test: Callable[[str], bool], budget: _Budget) -> tuple[list[int], str]:
    """Delete and lower choices (hypothesis-style passes) while the regenerated program still diverges."""
    best = list(choices)
    best_src = replay(best).source
    improved = True
    while improved and not budget.spent:
        improved = False
        for size in (32, 16, 8, 4, 2, 1):
            i = len(best) - size
            while i >= 0 and not budget.spent:
                for cand in (best[:i] + best[i + size:], best[:i] + [0] * size + best[i + size:]):
                    if cand == best:
                        continue
                    src = replay(cand).source
                    if program_size(src) < program_size(best_src) and test(src):
                        best, best_src, improved = cand, src, True
                        break
                i -= size
        for i in range(len(best)):
            if budget.spent:
                break
            if best[i] > 0:
                for v in (best[i] // 2, best[i] - 1):
                    cand = best[:i] + [v] + best[i + 1:]
                    src = replay(cand).source
                    if program_size(src) < program_size(best_src) and test(src):
                        best, best_src, improved = cand, src, True
                        break
    return best, best_src


def shrink_with_hypothesis(choices: Sequence[int], test: Callable[[str], bool],
                           spent: Callable[[], bool] = lambda: False) -> str | None:
    """Hand the program's choice sequence to hypothesis's own shrinker; the smallest program it finds that
    still passes `test`. None when hypothesis could not take the sequence (then shrink_choices runs).

    The sequence is offered as a not-yet-shrunk failure from an example database; a property that fails
    while the regenerated program still diverges does the rest, with hypothesis's full set of passes."""
    try:
        from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
        from hypothesis import strategies as st
        from hypothesis.database import choices_to_bytes
    except ImportError:
        return None
    from .generate import HypothesisChooser, generate_from

    best: list[str] = []

    offered = _offered_example_database()(choices_to_bytes(list(choices)))

    @settings(database=offered, phases=[Phase.reuse, Phase.shrink],
              max_examples=1, deadline=None, verbosity=Verbosity.quiet,
              suppress_health_check=list(HealthCheck))
    @seed(0)  # the same program always shrinks the same way
    @given(st.data())
    def still_diverges(data) -> None:
        if spent():  # hypothesis would go on shrinking with every check refused: stop it instead
            raise _BudgetSpent
        src = generate_from(HypothesisChooser(data)).source
        if test(src):
            if not best or program_size(src) < program_size(best[0]):
                best[:] = [src]
            raise _StillDiverges

    try:
        with _without_module_constants():
            still_diverges()
    except (_StillDiverges, _BudgetSpent):
        pass
    except Exception:  # noqa: BLE001 - a flaky target or hypothesis's own complaint: keep the best found
        pass
    return best[0] if best else None


_CONSTANTS_LOCK = threading.Lock()


@contextmanager
def _without_module_constants() -> Iterator[None]:
    """hypothesis mixes literals found in the source of every module the process has loaded into the values it
    draws while shrinking: the same program then shrinks differently in a process that imported other modules
    (another command, another test run, a new module of mpconform). Only hypothesis's own constants while our
    shrink runs, one shrink at a time (the switch is process-wide); with a hypothesis that has no module
    constants, nothing to switch."""
    try:
        from hypothesis.internal.conjecture import providers as pv
    except ImportError:
        yield
        return
    needed = ("CONSTANTS_CACHE", "Constants", "SortedSet", "float_to_int", "HypothesisProvider")
    if not all(hasattr(pv, name) for name in needed) or "_local_constants" not in vars(pv.HypothesisProvider):
        yield
        return
    with _CONSTANTS_LOCK:
        cache, local = pv.CONSTANTS_CACHE, vars(pv.HypothesisProvider)["_local_constants"]
        none = pv.Constants(integers=pv.SortedSet(), floats=pv.SortedSet(key=pv.float_to_int), bytes=pv.SortedSet(),
                            strings=pv.SortedSet())
        pv.CONSTANTS_CACHE = type(cache)(1024)   # it holds module constants chosen before: a fresh one meanwhile
        pv.HypothesisProvider._local_constants = property(lambda self: none)
        try:
            yield
        finally:
            pv.CONSTANTS_CACHE = cache
            pv.HypothesisProvider._local_constants = local


class _StillDiverges(Exception):
    """The property's failure: the program hypothesis tried shows the divergence."""


class _BudgetSpent(BaseException):
    """Not an Exception, so that hypothesis does not take it for a failure to shrink but stops at once."""


def _offered_example_database():
    from hypothesis.database import ExampleDatabase

    class OfferedExample(ExampleDatabase):
        """Serves one choice sequence under hypothesis's *secondary* key: a failure not yet shrunk (one
        under the primary key counts as shrunk already and is replayed without shrinking)."""

        def __init__(self, blob: bytes) -> None:
            super().__init__()
            self._blob = blob

        def fetch(self, key: bytes):
            if key.endswith(b".secondary"):
                yield self._blob

        def save(self, key: bytes, value: bytes) -> None:
            pass

        def delete(self, key: bytes, value: bytes) -> None:
            pass

        def move(self, src: bytes, dest: bytes, value: bytes) -> None:
            pass

    return OfferedExample


def _block_end(lines: list[str], i: int) -> int:
    """Index after the block introduced by lines[i] (a line ending with ':')."""
    ind = len(lines[i]) - len(lines[i].lstrip())
    j = i + 1
    while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > ind):
        j += 1
    return j


_CLAUSES = ("except", "else", "elif", "finally")


def _statement_end(lines: list[str], i: int) -> int:
    """Index after the compound statement starting at lines[i], with its except/else/elif/finally clauses."""
    ind = len(lines[i]) - len(lines[i].lstrip())
    j = _block_end(lines, i)
    while j < len(lines) and len(lines[j]) - len(lines[j].lstrip()) == ind and \
            lines[j].lstrip().startswith(_CLAUSES):
        j = _block_end(lines, j)
    return j


def reduce_lines(source: str, test: Callable[[str], bool]) -> str:
    """Delta debugging over lines and whole blocks, plus unwrapping compound statements."""
    lines = source.rstrip("\n").split("\n")

    def ok(cand: list[str]) -> bool:
        return bool(cand) and test("\n".join(cand) + "\n")

    progress = True
    while progress:
        progress = False
        i = 0
        while i < len(lines):  # whole blocks first: a header with its body
            if lines[i].rstrip().endswith(":") and not lines[i].lstrip().startswith(_CLAUSES):
                j, k = _block_end(lines, i), _statement_end(lines, i)
                cand = lines[:i] + lines[k:]
                if ok(cand):
                    lines, progress = cand, True
                    continue
                body = [ln[4:] if ln.startswith("    ") else ln for ln in lines[i + 1:j]]
                cand = lines[:i] + body + lines[k:]
                if ok(cand):
                    lines, progress = cand, True
                    continue
            i += 1
        chunk = max(len(lines) // 2, 1)
        while chunk >= 1:
            i = 0
            while i < len(lines):
                cand = lines[:i] + lines[i + chunk:]
                if ok(cand):
                    lines, progress = cand, True
                else:
                    i += chunk
            chunk //= 2
    return "\n".join(lines) + "\n"


#: One lock for every use of the host's ast in the fuzzer: CPython 3.11's ast is not safe to use from several
#: threads at once, and the broken-floordiv target parses in pool threads while the reducer parses in the main one.
AST_LOCK = threading.Lock()


def _simpler(node: ast.AST) -> list[ast.AST]:
    """Replacements for an expression, simplest first: a constant, then each of its sub-expressions."""
    out: list[ast.AST] = []
    if isinstance(node, (ast.BinOp, ast.BoolOp, ast.Compare, ast.Call, ast.IfExp, ast.UnaryOp, ast.Subscript,
                         ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.List, ast.Tuple,
                         ast.Set, ast.Dict, ast.Constant, ast.JoinedStr)):
        out.extend(child for child in ast.iter_child_nodes(node) if isinstance(child, ast.expr))
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, str)) and node.value not in (0, ""):
            out.insert(0, ast.Constant(0 if isinstance(node.value, int) else ""))
        elif isinstance(node, (ast.Call, ast.BinOp, ast.UnaryOp, ast.Subscript)):
            out.insert(0, ast.Constant(0))  # `len([...])`, `a % b`: often an int whose value is all that matters
    return out


def reduce_expressions(source: str, test: Callable[[str], bool]) -> str:
    """Replace expressions by their parts or by plain constants while the property holds."""
    best = source
    i = 0
    while True:
        with AST_LOCK:
            tree = ast.parse(best)
            nodes = [n for n in ast.walk(tree) if isinstance(n, ast.expr)]
        if i >= len(nodes):
            return best
        target = nodes[i]
        accepted = False
        for repl in _simpler(target):
            with AST_LOCK:
                tree2 = ast.parse(best)
                node2 = [n for n in ast.walk(tree2) if isinstance(n, ast.expr)][i]
                replaced = _Replace(node2, repl).visit(tree2)
                try:
                    cand = ast.unparse(ast.fix_missing_locations(replaced)) + "\n"
                except Exception:  # noqa: BLE001 - an odd tree that cannot be printed is just not a candidate
                    continue
            if len(cand) < len(best) and test(cand):
                best, accepted = cand, True
                break
        if not accepted:
            i += 1


class _Replace(ast.NodeTransformer):
    def __init__(self, old: ast.AST, new: ast.AST) -> None:
        self.old, self.new = old, new

    def generic_visit(self, node: ast.AST) -> ast.AST:
        if node is self.old:
            return self.new
        return super().generic_visit(node)


def reduce_program(source: str, check: Check, *, choices: Sequence[int] | None = None,
                   max_checks: int = 400) -> Reduction:
    """Shrink `source` (regenerated from `choices` when given) keeping `check(source)` true."""
    first = _Budget(check, max_checks * 2 // 5)  # choice shrinking gets a share; lines get the rest
    best, shrinker = source, "lines"
    if choices:
        src = shrink_with_hypothesis(choices, first, lambda: first.spent)
        shrinker = "hypothesis"
        if src is None:
            _, src = shrink_choices(choices, first, first)
            shrinker = "choices"
        if src and first(src) and program_size(src) < program_size(best):
            best = src
    rest = _Budget(check, max_checks - first.used)
    rest.seen = first.seen
    best = reduce_lines(best, rest)
    if not rest.spent:
        best = reduce_expressions(best, rest)
        best = reduce_lines(best, rest)
    return Reduction(best, source.count("\n"), first.used + rest.used, shrinker)
