"""Scope analysis (py/scope.c's twin): which names are local, cell, free or global in each code block."""
from __future__ import annotations

__all__ = ["Scope", "analyse"]

from .lexer import MpSyntaxError
from .match import scope_match
from .node import Node
from .runtime import State, mp


class Scope:
    """One code block: module, class body, function, lambda or comprehension."""

    def __init__(self, kind: str, node, parent: "Scope | None", name: str):
        self.kind = kind              # 'module' | 'class' | 'function'
        self.node = node
        self.parent = parent
        self.name = name
        self.assigned: set[str] = set()
        self.globals: set[str] = set()
        self.nonlocals: set[str] = set()
        self.used: set[str] = set()
        self.params: list[str] = []
        self.deleted: set[str] = set()
        self.cells: set[str] = set()
        self.free: set[str] = set()
        self.is_generator = False
        self.is_async = False
        self.uses_super = False
        self.children: list[Scope] = []
        self.comp_of: Scope | None = None   # comprehension: the scope walrus targets bind in
        if parent is not None:
            parent.children.append(self)

    def is_local(self, name: str) -> bool:
        return self.kind == "function" and name in self.assigned and name not in self.globals \
            and name not in self.nonlocals

    def qualname(self) -> str:
        return self.name


def analyse(body: list[Node]) -> tuple[Scope, dict[int, Scope]]:
    """Build the scope tree of a module; returns the module scope and a map id(node) -> scope."""
    top = Scope("module", None, None, "<module>")
    table: dict[int, Scope] = {}
    w = _Walker(table)
    for s in body:
        w.visit(s, top)
    _resolve(top)
    return top, table


_VISITORS: dict = {}   # node kind -> _Walker.v_<kind> (or None: walk the fields), filled as kinds appear


class _Walker:
    def __init__(self, table: dict):
        self.table = table

    def store(self, target: Node, sc: Scope) -> None:
        k = target.kind
        if k == "Name":
            sc.assigned.add(target.id)
        elif k in ("Tuple", "List"):
            for e in target.elts:
                self.store(e, sc)
        elif k == "Starred":
            self.store(target.value, sc)
        else:
            self.visit(target, sc)

    def visit(self, n, sc: Scope) -> None:
        if isinstance(n, list):
            for x in n:
                self.visit(x, sc)
            return
        if not isinstance(n, Node):
            return
        k = n.kind
        try:
            m = _VISITORS[k]
        except KeyError:
            m = _VISITORS[k] = getattr(_Walker, "v_" + k, None)
        if m is not None:
            m(self, n, sc)
            return
        for key, v in n.__dict__.items():
            if key in ("kind", "line"):
                continue
            if isinstance(v, Node):
                self.visit(v, sc)
            elif isinstance(v, list):
                for x in v:
                    if isinstance(x, Node):
                        self.visit(x, sc)
                    elif isinstance(x, tuple):
                        for y in x:
                            self.visit(y, sc)

    def v_Name(self, n, sc):
        sc.used.add(n.id)
        if n.id == "super":
            sc.uses_super = True

    def v_Assign(self, n, sc):
        self.visit(n.value, sc)
        for t in n.targets:
            self.store(t, sc)

    def v_AugAssign(self, n, sc):
        self.visit(n.value, sc)
        if n.target.kind == "Name":
            sc.assigned.add(n.target.id)
            sc.used.add(n.target.id)
        else:
            self.visit(n.target, sc)

    def v_AnnAssign(self, n, sc):
        if n.value is not None:
            self.visit(n.value, sc)
            self.store(n.target, sc)
        elif n.target.kind != "Name":
            self.visit(n.target, sc)

    def v_NamedExpr(self, n, sc):
        self.visit(n.value, sc)
        name = n.target.id
        if sc.comp_of is None:
            sc.assigned.add(name)
        elif mp("core_walrus_comprehension_scope"):
            _walrus_in_comprehension_port(n, sc, name)
        else:
            _walrus_in_comprehension(n, sc, name)

    def v_Del(self, n, sc):
        for t in n.targets:
            if t.kind == "Name":
                sc.deleted.add(t.id)
            self.store(t, sc)

    def v_For(self, n, sc):
        self.visit(n.iter, sc)
        self.store(n.target, sc)
        self.visit(n.body, sc)
        self.visit(n.orelse, sc)

    def v_With(self, n, sc):
        for e, t in n.items:
            self.visit(e, sc)
            if t is not None:
                self.store(t, sc)
        self.visit(n.body, sc)

    def v_Try(self, n, sc):
        self.visit(n.body, sc)
        for h in n.handlers:
            if h.type is not None:
                self.visit(h.type, sc)
            if h.name:
                sc.assigned.add(h.name)
            self.visit(h.body, sc)
        self.visit(n.orelse, sc)
        self.visit(n.final, sc)

    def v_Import(self, n, sc):
        for dotted, asname in n.names:
            sc.assigned.add(asname or dotted.split(".")[0])

    def v_ImportFrom(self, n, sc):
        for nm, asname in n.names:
            if nm != "*":
                sc.assigned.add(asname or nm)

    def v_Global(self, n, sc):
        for nm in n.names:
            if sc.kind != "module" and nm not in sc.globals and _mentioned(nm, sc):
                raise MpSyntaxError(_redeclared(nm, sc, "global"), n.line)
            sc.globals.add(nm)

    def v_Nonlocal(self, n, sc):
        if sc.kind == "module":
            raise MpSyntaxError("can't declare nonlocal in outer code" if State.mp_messages else
                                "nonlocal declaration not allowed at module level", n.line)
        for nm in n.names:
            if nm not in sc.nonlocals and _mentioned(nm, sc):
                raise MpSyntaxError(_redeclared(nm, sc, "nonlocal"), n.line)
            sc.nonlocals.add(nm)

    def v_Yield(self, n, sc):
        sc.is_generator = True
        if n.value is not None:
            self.visit(n.value, sc)

    def v_YieldFrom(self, n, sc):
        sc.is_generator = True
        self.visit(n.value, sc)

    def v_Match(self, n, sc):
        scope_match(self, n, sc)

    def v_Await(self, n, sc):
        if sc.kind == "function" and sc.comp_of is None and not sc.is_async and mp("syntax_await_any_function"):
            sc.is_generator = True      # the port compiles await as yield from, in any function
        self.visit(n.value, sc)

    def function(self, n, sc, name: str, body, is_lambda: bool):
        a = n.args
        for _, d in a.args + a.kwonly:
            if d is not None:
                self.visit(d, sc)
        child = Scope("function", n, sc, name)
        self.table[id(n)] = child
        child.is_async = getattr(n, "is_async", False)
        params = [x for x, _ in a.args]
        if a.vararg:
            params.append(a.vararg)
        params += [x for x, _ in a.kwonly]
        if a.kwarg:
            params.append(a.kwarg)
        child.params = params
        child.assigned.update(params)
        if is_lambda:
            self.visit(body, child)
        else:
            for s in body:
                self.visit(s, child)
        return child

    def v_FunctionDef(self, n, sc):
        self.visit(n.decorators, sc)
        self.function(n, sc, n.name, n.body, False)
        sc.assigned.add(n.name)

    def v_Lambda(self, n, sc):
        self.function(n, sc, "<lambda>", n.body, True)

    def v_ClassDef(self, n, sc):
        self.visit(n.decorators, sc)
        self.visit(n.bases, sc)
        for _, v in n.keywords:
            self.visit(v, sc)
        child = Scope("class", n, sc, n.name)
        self.table[id(n)] = child
        for s in n.body:
            self.visit(s, child)
        sc.assigned.add(n.name)

    def comprehension(self, n, sc, name):
        gens = n.gens
        self.visit(gens[0][1], sc)
        child = Scope("function", n, sc, name)
        child.comp_of = sc
        self.table[id(n)] = child
        child.params = [".0"]
        child.assigned.add(".0")
        for i, (target, it, ifs, is_async) in enumerate(gens):
            if i:
                self.visit(it, child)
            self.store(target, child)
            for c in ifs:
                self.visit(c, child)
        if n.kind == "DictComp":
            self.visit(n.key, child)
            self.visit(n.value, child)
        else:
            self.visit(n.elt, child)
        if n.kind == "GeneratorExp":
            child.is_generator = True

    def v_ListComp(self, n, sc):
        self.comprehension(n, sc, "<listcomp>")

    def v_SetComp(self, n, sc):
        self.comprehension(n, sc, "<setcomp>")

    def v_DictComp(self, n, sc):
        self.comprehension(n, sc, "<dictcomp>")

    def v_GeneratorExp(self, n, sc):
        self.comprehension(n, sc, "<genexpr>")


def _walrus_in_comprehension(n: Node, sc: Scope, name: str) -> None:
    """CPython (PEP 572): the target binds in the nearest enclosing block that is no comprehension."""
    target = sc
    while target.comp_of is not None:
        if name in target.assigned:
            raise MpSyntaxError(f"assignment expression cannot rebind comprehension iteration variable '{name}'",
                                n.line)
        target = target.comp_of
    if target.kind == "class":
        raise MpSyntaxError("assignment expression within a comprehension cannot be used in a class body", n.line)
    target.assigned.add(name)
    # the comprehension reads/writes it as a free variable of the enclosing scope
    sc.nonlocals.add(name) if target.kind == "function" else sc.globals.add(name)


def _walrus_in_comprehension_port(n: Node, sc: Scope, name: str) -> None:
    """py/compile.c: the target binds in the block just around the comprehension (another comprehension, maybe),
    which the comprehension then declares it global (that block is the module) or nonlocal."""
    parent = sc.comp_of
    if name in parent.globals:
        sc.globals.add(name)
        return
    parent.assigned.add(name)
    if parent.kind == "module":
        if _mentioned(name, sc) and name not in sc.globals:
            raise MpSyntaxError(_redeclared(name, sc, "global"), n.line)
        sc.globals.add(name)
    elif parent.kind == "class":
        raise MpSyntaxError("no binding for nonlocal found", n.line)   # a class body binds no closures
    else:
        if name in sc.assigned and name not in sc.nonlocals:
            raise MpSyntaxError(_redeclared(name, sc, "nonlocal"), n.line)
        sc.nonlocals.add(name)


def _mentioned(name: str, sc: Scope) -> bool:
    """Whether a name has already been bound, read or declared in a block (before a global/nonlocal of it)."""
    return name in sc.assigned or name in sc.used or name in sc.globals or name in sc.nonlocals


def _redeclared(name: str, sc: Scope, what: str) -> str:
    """The message for a global or nonlocal declaration of a name the block already mentioned."""
    if State.mp_messages:
        return f"identifier redefined as {what}"
    if name in sc.params:
        return f"name '{name}' is parameter and {what}"
    if name in sc.globals or name in sc.nonlocals:
        return f"name '{name}' is nonlocal and global"
    if name in sc.assigned:
        return f"name '{name}' is assigned to before {what} declaration"
    return f"name '{name}' is used prior to {what} declaration"


def _resolve(sc: Scope) -> None:
    """Decide cells and free variables, top-down then bottom-up through the tree."""
    for child in sc.children:
        _resolve(child)
    if sc.kind == "module":
        return
    if sc.uses_super and sc.kind == "function":
        _bind_free(sc, "__class__")
    for name in sc.nonlocals:
        if not _bind_free(sc, name):
            raise MpSyntaxError("no binding for nonlocal found" if State.mp_messages else
                                f"no binding for nonlocal '{name}' found", sc.node.line)
    for name in sc.used - sc.assigned - sc.globals:     # class bodies too read enclosing functions' variables
        _bind_free(sc, name)


def _bind_free(sc: Scope, name: str) -> bool:
    """If `name` is bound in an enclosing function, make it free here and a cell there."""
    chain = []
    p = sc.parent
    while p is not None:
        if p.kind == "function":
            if p.is_local(name) or name in p.cells and name in p.assigned:
                p.cells.add(name)
                sc.free.add(name)
                for mid in chain:
                    mid.free.add(name)
                return True
            if name in p.free or name in p.nonlocals:
                sc.free.add(name)
                for mid in chain:
                    mid.free.add(name)
                return True
            if name in p.globals:
                return False
            chain.append(p)
        elif p.kind == "class":
            if name == "__class__":
                p.cells.add(name)
                sc.free.add(name)
                for mid in chain:
                    mid.free.add(name)
                return True
            if (name in p.assigned and name not in p.nonlocals or name in p.globals) \
                    and mp("core_class_scope_shadow"):
                return False    # py/scope.c stops at the first enclosing block that has the name: a global here
            chain.append(p)
        p = p.parent
    return False
