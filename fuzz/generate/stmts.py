"""Statements and swarm features: assignments, probes, control flow, functions, classes, exceptions."""
from __future__ import annotations

import re
from contextlib import contextmanager

from .exprs import _PARAM_BOUND, call_code, cond, enabled_types, expr, literal, probe, small_int
from .model import MAX_BITS, MAX_LEN, ClassInfo, Func, State

__all__ = ["statement", "block", "final_probes"]


@contextmanager
def block(g: State, *, loop_mult: int = 0):
    """An indented block with its own names (dropped after it: they may be unbound on some paths)."""
    g.indent += 1
    g.scopes.append([])
    n0 = len(g.lines)
    if loop_mult:
        g.loop_depth += 1
        g.loop_mult *= loop_mult
    try:
        yield
    finally:
        if len(g.lines) == n0:
            g.emit("pass")
        if loop_mult:
            g.loop_depth -= 1
            g.loop_mult //= loop_mult
        g.scopes.pop()
        g.indent -= 1


def _some_type(g: State) -> str:
    return g.c.choice(enabled_types(g))


def _probe_var(g: State) -> None:
    vs = g.visible()
    if vs:
        v = g.c.choice(vs)
        if v.type.startswith("obj:"):
            g.emit(f"print({v.name})")
        else:
            g.emit(probe(g, v.name, v.type, v.bound))


# -- simple statements -------------------------------------------------------------------------------------

def _assign(g: State, depth: int) -> None:
    t = _some_type(g)
    code, b = expr(g, t, 2)
    olds = [v for v in g.assignable(t) if g.loop_depth == 0]
    if olds and g.c.chance(0.3):
        v = g.c.choice(olds)
        g.emit(f"{v.name} = {code}")
        v.bound = max(v.bound, b)
    else:
        v = g.bind(g.fresh(), t, b)
        g.emit(f"{v.name} = {code}")
    if g.loop_depth:  # it may be computed from an accumulator: updates in loops must not read it either
        g.loop_modified.add(v.name)
    if g.c.chance(0.6):
        g.emit(probe(g, v.name, t, v.bound))


def _probe(g: State, depth: int) -> None:
    if g.c.chance(0.4):
        _probe_var(g)
        return
    t = _some_type(g)
    code, b = expr(g, t, 2)
    g.emit(probe(g, code, t, b))


_IDENT = re.compile(r"[A-Za-z_]\w*")


def _loop_safe(g: State, v, code: str, t: str) -> str:
    """Inside a loop an update must not read what loops update (itself included): growth stays linear."""
    if g.loop_depth == 0:
        return code
    g.loop_modified.add(v.name)
    if g.loop_modified.intersection(_IDENT.findall(code)):
        return literal(g, t)[0]
    return code


def _aug(g: State, depth: int) -> None:
    c = g.c
    cands = [v for v in g.assignable() if v.type in ("int", "str", "list", "float")]
    if not cands:
        return _assign(g, depth)
    v = c.choice(cands)
    m = g.loop_mult
    if v.type == "int":
        op = c.choice(("+=", "-=", "^=", "|=", "&=", "*=", "//=", "%=", ">>=", "<<="))
        e, b = expr(g, "int", 1)
        e = _loop_safe(g, v, e, "int")
        if op in ("//=", "%="):
            g.emit(f"{v.name} {op} {e} or {c.choice((3, -2))}")
        elif op == "*=" and g.loop_depth == 0 and v.bound + b <= MAX_BITS:
            g.emit(f"{v.name} *= {e}")
            v.bound += b
        elif op == "<<=" and g.loop_depth == 0 and v.bound + 9 <= MAX_BITS:
            g.emit(f"{v.name} <<= {c.integer(0, 9)}")
            v.bound += 9
        elif op == ">>=":
            g.emit(f"{v.name} >>= {c.integer(0, 9)}")
        else:
            op = op if op in ("+=", "-=", "^=", "|=", "&=") else "+="
            g.emit(f"{v.name} {op} {e}")
            v.bound = max(v.bound, b) + m.bit_length() + 1
    elif v.type == "float":
        e, b = expr(g, "float", 1)
        e = _loop_safe(g, v, e, "float")
        if v.bound + b * m < 1e12:
            g.emit(f"{v.name} {c.choice(('+=', '-='))} {e}")
            v.bound += b * m
    else:
        e, b = expr(g, v.type, 1)
        e = _loop_safe(g, v, e, v.type)
        if v.bound + b * m <= MAX_LEN * 4:
            g.emit(f"{v.name} += {e}")
            v.bound += b * m
    if c.chance(0.5):
        g.emit(probe(g, v.name, v.type, v.bound))


def _mutate(g: State, depth: int) -> None:
    """Mutating methods of lists, dicts and sets (bounded growth, guarded removals)."""
    c = g.c
    cands = [v for v in g.assignable() if v.type in ("list", "dict", "set")]
    if not cands:
        return _assign(g, depth)
    v, m = c.choice(cands), g.loop_mult
    n = v.name
    if v.type == "list":
        e = _loop_safe(g, v, expr(g, "int", 1)[0], "int")
        k = c.integer(0, 9)
        if v.bound + 3 * m > MAX_LEN * 4:
            k = 9
        forms = (f"{n}.append({e})", f"{n}.insert({small_int(g, 5)}, {e})", f"{n}.extend([{e}, {small_int(g, 5)}])",
                 f"{n}.sort()", f"{n}.reverse()", f"if {n}:\n    print({n}.pop())",
                 # {e} may call a closure that counts: evaluated once, not once to test and once to remove
                 f"try:\n    {n}.remove({e})\nexcept ValueError:\n    pass", f"{n}[{small_int(g, 3)}:{small_int(g, 3)}] = [{e}]",
                 f"if {n}:\n    {n}[{small_int(g, 9)} % len({n})] = {e}", f"if {n}:\n    del {n}[{small_int(g, 9)} % len({n})]")
        form = forms[k]
        v.bound += 2 * m
    elif v.type == "dict":
        key = repr(c.choice(("a", "b", "k", "xy", "new", "z9")))
        e, _ = expr(g, "int", 1)
        form = c.choice((f"{n}[{key}] = {e}", f"print({n}.pop({key}, None))", f"print({n}.setdefault({key}, {e}))",
                         f"{n}.update({literal(g, 'dict')[0]})", f"if {key} in {n}:\n    del {n}[{key}]",
                         f"{n}[{key}] = {n}.get({key}, 0) + 1"))
        v.bound += 4 * m
    else:
        e, _ = expr(g, "int", 1)
        form = c.choice((f"{n}.add({e})", f"{n}.discard({e})", f"{n}.update({literal(g, 'set')[0]})",
                         f"print(len({n} & {literal(g, 'set')[0]}))", f"{n} |= {literal(g, 'set')[0]}"))
        # not set.pop(): which element it removes is the implementation's choice
        v.bound += 5 * m
    for line in form.split("\n"):
        g.emit(line)
    if c.chance(0.6):
        g.emit(probe(g, n, v.type, v.bound))


def _unpack(g: State, depth: int) -> None:
    c = g.c
    a, b = g.fresh(), g.fresh()
    if g.loop_depth:
        g.loop_modified.update((a, b))
    k = c.integer(0, 2)
    if k == 0:
        x, bx = expr(g, "int", 1)
        y, _ = expr(g, "int", 1)
        g.emit(f"{a}, {b} = divmod({x}, {y} or 7)")
        g.bind(a, "int", bx), g.bind(b, "int", 160)  # the remainder is as big as the divisor
    elif k == 1 and g.has("list"):
        L, bl = expr(g, "list", 1)
        g.emit(f"{a}, *{b} = {L} + [{small_int(g, 5)}]")
        g.bind(a, "int", 160), g.bind(b, "list", bl)
    else:
        x, bx = expr(g, "int", 1)
        s, bs = expr(g, "str", 1) if g.has("str") else ("'s'", 1)
        g.emit(f"{a}, {b} = {s}, {x}")
        g.emit(f"{a}, {b} = {b}, {a}")
        g.bind(a, "int", bx), g.bind(b, "str", bs)
    g.emit(f"print({a}, {b})" if k != 2 else f"print({a}, repr({b}))")


# -- control flow ------------------------------------------------------------------------------------------

def _if(g: State, depth: int) -> None:
    g.emit(f"if {cond(g, 2)}:")
    with block(g):
        body(g, depth - 1, 1, 3)
    if g.c.chance(0.3):
        g.emit(f"elif {cond(g, 1)}:")
        with block(g):
            body(g, depth - 1, 1, 2)
    if g.c.chance(0.5):
        g.emit("else:")
        with block(g):
            body(g, depth - 1, 1, 2)


def _for(g: State, depth: int) -> None:
    c = g.c
    i = g.fresh("i")
    k = c.integer(0, 5)
    n = c.integer(0, 6)
    binds = [(i, "int", 8)]
    if k == 1 and g.has("list"):
        L, _ = expr(g, "list", 1)
        head = f"for {i} in {L}[:{n}]:"
        binds = [(i, "int", 160)]
    elif k == 2 and g.has("str"):
        s, _ = expr(g, "str", 1)
        head = f"for {i} in {s}[:{n}]:"
        binds = [(i, "str", 1)]
    elif k == 3 and g.has("dict"):
        D, _ = expr(g, "dict", 1)
        v = g.fresh()
        head = f"for {i}, {v} in sorted({D}.items()):"
        binds = [(i, "str", 3), (v, "int", 160)]
        n = 6
    elif k == 4 and g.has("list"):
        L, _ = expr(g, "list", 1)
        v = g.fresh()
        head = f"for {i}, {v} in enumerate({L}[:{n}]):"
        binds = [(i, "int", 4), (v, "int", 160)]
    elif k == 5:
        st = c.choice((1, 2, -1, 3))
        lo = small_int(g, 5)
        head = f"for {i} in range({lo}, {lo + n * st}, {st}):"
    else:
        head = f"for {i} in range({n}):"
    g.emit(head)
    with block(g, loop_mult=max(n, 1)):
        for name, t, b in binds:
            g.bind(name, t, b).readonly = True
        if c.chance(0.3):
            g.emit(f"if {cond(g, 1)}:")
            g.emit(f"    {c.choice(('break', 'continue'))}")
        body(g, depth - 1, 1, 3)
    if c.chance(0.2):
        g.emit("else:")
        with block(g):
            g.emit(f"print('for-else', {small_int(g, 9)})")


def _while(g: State, depth: int) -> None:
    w, n = g.fresh("w"), g.c.integer(0, 6)
    g.emit(f"{w} = 0")
    g.emit(f"while {w} < {n}:")
    with block(g, loop_mult=max(n, 1)):
        g.emit(f"{w} += 1")
        g.bind(w, "int", 4).readonly = True
        if g.c.chance(0.4):
            g.emit(f"if {cond(g, 1)}:")
            g.emit(f"    {g.c.choice(('break', 'continue'))}")
        body(g, depth - 1, 1, 3)
    g.bind(w, "int", 4)
    g.emit(f"print({w})")


_RAISERS = (  # (statement, exception raised, handlers that catch it)
    ("{i} // 0", "ZeroDivisionError", ("ArithmeticError", "Exception")),
    ("{i} % 0", "ZeroDivisionError", ("ArithmeticError",)),
    ("{f} / 0", "ZeroDivisionError", ("ArithmeticError",)),
    ("{L}[len({L}) + 2]", "IndexError", ("LookupError", "Exception")),
    ("{D}['@missing']", "KeyError", ("LookupError",)),
    ("int('x' + {s})", "ValueError", ("Exception",)),
    ("{L}.index('nope')", "ValueError", ("Exception",)),
    ("{i} + 'a'", "TypeError", ("Exception",)),
    ("len({i})", "TypeError", ("Exception",)),
    ("({i}).nope", "AttributeError", ("Exception",)),
    ("next(iter([]))", "StopIteration", ("Exception",)),
    ("{L}.pop(len({L}) + 5)", "IndexError", ("LookupError",)),
    ("{ {i}: 1 }[{i} + 1]", "KeyError", ("LookupError",)),
    ("({i},)[5]", "IndexError", ("LookupError",)),
    ("raise RuntimeError({s})", "RuntimeError", ("Exception",)),
    ("assert {i} != {i}", "AssertionError", ("Exception",)),
    ("{i} << -1", "ValueError", ("Exception",)),
)


def _raiser(g: State) -> tuple[str, str, tuple[str, ...]]:
    c = g.c
    if g.exc_classes and c.chance(0.3):
        name = c.choice(g.exc_classes)
        parents = tuple(p for p in g.exc_classes if name.startswith(p + "_"))
        return f"raise {name}({small_int(g, 9)})", name, parents + ("Exception",)
    stmt, exc, parents = c.choice(_RAISERS)
    fill = {"i": expr(g, "int", 1)[0], "f": literal(g, "float")[0], "s": literal(g, "str")[0],
            "L": literal(g, "list")[0], "D": literal(g, "dict")[0]}
    code = stmt.replace("{ {i}: 1 }", "{{{i}: 1}}").format(**fill)
    if not code.startswith(("raise", "assert")):
        code = f"{g.fresh('t')} = {code}"
    return code, exc, parents


def _try(g: State, depth: int) -> None:
    c = g.c
    code, exc, parents = _raiser(g)
    raises = c.chance(0.8)
    g.emit("try:")
    with block(g):
        body(g, depth - 1, 0, 2)
        if raises:
            g.emit(code)
            g.emit("print('not reached')")
    e = g.fresh("e")
    handler = c.choice((exc,) + parents)
    if c.chance(0.2):
        handler = f"(KeyError, {handler})" if handler != "KeyError" else "(IndexError, KeyError)"
    if c.chance(0.2) and handler != "Exception":
        g.emit(f"except {c.choice(('OSError', 'UnicodeError', 'MemoryError'))}:")
        g.emit("    print('wrong handler')")
    g.emit(f"except {handler} as {e}:")
    with block(g):
        g.emit(f"print('caught', type({e}).__name__)")
        if exc in g.exc_classes:
            g.emit(f"print({e}.args)")
        body(g, depth - 1, 0, 1)
    if c.chance(0.3):
        g.emit("else:")
        with block(g):
            g.emit("print('no exception')")
    if c.chance(0.4):
        g.emit("finally:")
        with block(g):
            g.emit(f"print('finally', {small_int(g, 9)})")


# -- definitions -------------------------------------------------------------------------------------------

_RET_TYPES = ("int", "int", "str", "list", "float", "bool", "tuple")


def _func(g: State, depth: int) -> None:
    c = g.c
    name = g.fresh("f")
    ptypes = tuple(c.choice(("int", "int", "str", "list", "float")) for _ in range(c.integer(0, 3)))
    ptypes = tuple(t for t in ptypes if t == "int" or g.has(t if t != "list" else "list"))
    n_req = c.integer(0, len(ptypes))
    names = [g.fresh("p") for _ in ptypes]
    params = [p if i < n_req else f"{p}={literal(g, t)[0]}" for i, (p, t) in enumerate(zip(names, ptypes))]
    star = "int" if c.chance(0.25) else None
    kw = c.chance(0.2)
    rest, kws = g.fresh("r"), g.fresh("kw")
    if star:
        params.append(f"*{rest}")
    if kw:
        params.append(f"**{kws}")
    ret = c.choice([t for t in _RET_TYPES if t in enabled_types(g)])
    g.emit(f"def {name}({', '.join(params)}):")
    saved = g.local_base
    g.func_depth += 1
    with block(g):
        g.local_base = len(g.scopes) - 1
        for p, t in zip(names, ptypes):
            g.bind(p, t, _PARAM_BOUND[t])
        if star:
            g.bind(rest, "tuple", 8)
        if kw:
            g.bind(kws, "dict", 3)
        body(g, min(depth - 1, 1), 0, 3)
        code, b = expr(g, ret, 2)
        g.emit(f"return {code}")
    g.local_base = saved
    g.func_depth -= 1
    f = Func(name, ptypes, ret, b, n_req, star, kw)
    g.funcs.append(f)
    for _ in range(c.integer(1, 3)):
        g.emit(probe(g, call_code(g, f, 1), ret, b))


def _closure(g: State, depth: int) -> None:
    c = g.c
    mk, inner, n, x = g.fresh("mk"), g.fresh("inner"), g.fresh("n"), g.fresh("x")
    if c.chance(0.5):
        g.emit(f"def {mk}({n}):")
        g.emit(f"    def {inner}({x}):")
        g.scopes.append([]), g.bind(n, "int", 64), g.bind(x, "int", 64)
        code, b = expr(g, "int", 2)
        g.scopes.pop()
        g.emit(f"        return {code}")
        g.emit(f"    return {inner}")
        fn = g.fresh("v")
        g.emit(f"{fn} = {mk}({small_int(g, 50)})")
        g.funcs.append(Func(fn, ("int",), "int", b))
    else:
        g.emit(f"def {mk}({n}=0):")
        g.emit(f"    def {inner}(step=1):")
        g.emit(f"        nonlocal {n}")
        g.emit(f"        {n} += step")
        g.emit(f"        return {n}")
        g.emit(f"    return {inner}")
        fn = g.fresh("v")
        g.emit(f"{fn} = {mk}({small_int(g, 9)})")
        g.funcs.append(Func(fn, ("int",), "int", 80, n_required=0))
    for _ in range(c.integer(1, 3)):
        g.emit(f"print({call_code(g, g.funcs[-1], 1)})")


def _gen(g: State, depth: int) -> None:
    c = g.c
    name, n, k, i = g.fresh("gen"), g.fresh("n"), g.fresh("k"), g.fresh("i")
    g.emit(f"def {name}({n}, {k}=1):")
    g.emit(f"    for {i} in range({n}):")
    form = c.choice((f"yield {i} * {k}", f"if {i} % 2:\n            yield {i}\n        else:\n            yield -{k}",
                     f"yield {i} + {k}\n        yield {i} - {k}"))
    for line in form.split("\n"):
        g.emit("        " + line.lstrip() if not line.startswith(" ") else line)
    if c.chance(0.4):
        g.emit(f"    yield from range({k} % 3)")
    else:
        g.emit(f"    yield {small_int(g, 9)}")
    ie, _ = expr(g, "int", 1)
    arg = f"abs({ie}) % 6, {small_int(g, 9)}"
    use = c.integer(0, 3)
    if use == 0:
        gv = g.fresh("g")
        g.emit(f"{gv} = {name}({arg})")
        for _ in range(c.integer(1, 4)):
            g.emit(f"print(next({gv}, None))")
        g.emit(f"print(list({gv}))")
    elif use == 1:
        g.emit(f"print(sum({name}({arg})))")
    elif use == 2:
        v = g.bind(g.fresh(), "list", 12)
        g.emit(f"{v.name} = list({name}({arg}))")
        g.emit(f"print({v.name})")
    else:
        g.emit(f"print([y * 2 for y in {name}({arg}) if y != 1])")


_DUNDERS = ("__add__", "__eq__", "__lt__", "__len__", "__getitem__", "__contains__", "__call__", "__bool__",
            "__enter__", "__iter__")


def _class(g: State, depth: int) -> None:
    c = g.c
    base = c.choice(g.classes) if g.classes and g.has("inherit") and c.chance(0.6) else None
    name = g.fresh("K")
    if base:
        g.emit(f"class {name}({base.name}):")
        g.emit(f"    def __init__(self, a, b, c={small_int(g, 5)}):")
        g.emit("        super().__init__(a, b)")
        g.emit("        self.c = c")
        g.emit("    def score(self, k=1):")
        g.emit(f"        return super().score(k) {c.choice('+*-')} self.c")
        if c.chance(0.5):
            g.emit("    def __repr__(self):")
            g.emit(f"        return '{name}<%d>' % self.c + super().__repr__()")
        dunders = base.dunders
        info = ClassInfo(name, base.name, dunders, ctor_extra=True)
    else:
        dunders = frozenset(d for d in _DUNDERS if c.chance(0.4))
        g.emit(f"class {name}:")
        g.emit(f"    tag = {name!r}")
        g.emit("    def __init__(self, a, b):")
        g.emit("        self.a = a")
        g.emit("        self.b = b")
        g.emit("    def __repr__(self):")
        g.emit(f"        return '{name}(%d, %r)' % (self.a, self.b)")
        g.emit("    def score(self, k=1):")
        g.emit("        return self.a * k + len(self.b)")
        body_of = {
            "__add__": f"return {name}(self.a + o.a, (self.b + o.b)[:8])",
            "__eq__": "return self.a == o.a and self.b == o.b",
            "__lt__": "return (self.a, self.b) < (o.a, o.b)",
            "__len__": "return len(self.b)",
            "__getitem__": "return self.b[o % len(self.b)] if self.b else '?'",
            "__contains__": "return o in self.b",
            "__call__": "return self.a * o",
            "__bool__": "return self.a > 0",
            "__enter__": "print('enter', self.a)\n        return self",
            "__iter__": "return iter(self.b)",
        }
        for d in _DUNDERS:
            if d in dunders:
                g.emit(f"    def {d}(self{', o' if d not in ('__len__', '__bool__', '__enter__', '__iter__') else ''}):")
                for line in body_of[d].split("\n"):
                    g.emit("        " + line.strip())
        if "__enter__" in dunders:
            g.emit("    def __exit__(self, *exc):")
            g.emit("        print('exit', exc[0] is None)")
        info = ClassInfo(name, None, dunders)
    g.classes.append(info)
    objs = []
    for _ in range(c.integer(1, 3)):
        o = g.fresh("o")
        cls = c.choice(g.classes)
        a, _ = expr(g, "int", 0)
        extra = f", {small_int(g, 5)}" if cls.ctor_extra and c.chance(0.5) else ""
        g.emit(f"{o} = {cls.name}({a if '**' not in a else 3} % 1000, {literal(g, 'str')[0]}{extra})")
        objs.append((o, cls))
    for _ in range(c.integer(1, 4)):
        _use_object(g, objs)


def _use_object(g: State, objs) -> None:
    c = g.c
    o, cls = c.choice(objs)
    o2, cls2 = c.choice(objs)
    d = cls.dunders
    forms = [f"print({o})", f"print({o}.score({small_int(g, 4)}))", f"print(isinstance({o}, {g.classes[0].name}))",
             f"print(type({o}).__name__, {o}.tag)", f"{o}.a += {small_int(g, 9)}\nprint({o}.a)",
             f"print(hasattr({o}, 'c'), getattr({o}, 'zz', 'no'))"]
    if "__add__" in d and "__add__" in cls2.dunders:
        forms.append(f"print({o} + {o2})")
    if "__eq__" in d:
        forms.append(f"print({o} == {o2}, {o} == {o})")
    if "__lt__" in d and "__lt__" in cls2.dunders:
        forms.append(f"print({o} < {o2}, sorted([{o2}, {o}]))")
    if "__len__" in d:
        forms.append(f"print(len({o}))")
    if "__getitem__" in d:
        forms.append(f"print({o}[{small_int(g, 9)}])")
    if "__contains__" in d:
        forms.append(f"print('a' in {o}, 'q' not in {o})")
    if "__call__" in d:
        forms.append(f"print({o}({small_int(g, 9)}))")
    if "__bool__" in d:
        forms.append(f"print(bool({o}), 'yes' if {o} else 'no')")
    if "__enter__" in d:
        forms.append(f"with {o} as w:\n    print(w.a)")
    if "__iter__" in d:
        forms.append(f"print(list({o}), [ch for ch in {o}])")
    for line in c.choice(forms).split("\n"):
        g.emit(line)


def _exc_class(g: State, depth: int) -> None:
    base = g.c.choice(g.exc_classes) if g.exc_classes and g.c.chance(0.5) else g.c.choice(("Exception", "ValueError"))
    name = (base if base in g.exc_classes else "E") + "_" + str(g.counter + 1)
    g.counter += 1
    g.emit(f"class {name}({base}):")
    g.emit("    pass")
    g.exc_classes.append(name)
    _try(g, depth)


# -- driver ------------------------------------------------------------------------------------------------

_KINDS = (  # (kind, feature needed, weight, top level only)
    (_assign, None, 6, False), (_probe, None, 3, False), (_aug, None, 2, False), (_mutate, "list", 2, False),
    (_unpack, "unpack", 1, False), (_if, "if", 2, False), (_for, "loop", 2, False), (_while, "while", 1, False),
    (_try, "try", 2, False), (_func, "func", 2, True), (_closure, "closure", 1, True), (_gen, "gen", 1, True),
    (_class, "class", 2, True), (_exc_class, "try", 1, True),
)


def statement(g: State, depth: int) -> None:
    """One statement (maybe compound) at the current indent."""
    key = (g.indent == 0, depth > 0)
    cached = g.kind_cache.get(key)
    if cached is None:
        top = g.indent == 0
        allowed = [(k, w) for k, feat, w, top_only in _KINDS
                   if (feat is None or feat in g.features) and (top or not top_only)
                   and (depth > 0 or k in (_assign, _probe, _aug, _mutate))]
        cached = g.kind_cache[key] = (allowed, sum(w for _, w in allowed))
    kinds, total = cached
    r = g.c.integer(0, total - 1)
    for k, w in kinds:
        r -= w
        if r < 0:
            k(g, depth)
            return


def body(g: State, depth: int, lo: int, hi: int) -> None:
    for _ in range(g.c.integer(lo, hi)):
        statement(g, depth)


def final_probes(g: State) -> None:
    """Print a few names at the end, so every program reports what it computed."""
    vs = g.visible()
    for v in vs[-3:]:
        if v.type.startswith("obj:"):
            continue
        g.emit(probe(g, v.name, v.type, v.bound))
