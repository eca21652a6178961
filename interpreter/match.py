"""The match statement (CPython 3.10 semantics; MicroPython 1.29 lacks it: difference syntax_match_statement).

Parsing, scope analysis and compilation of `match` live together here because they are one feature:
patterns are nodes P* whose compiled form is `m(frame, value) -> bool`, binding captures as it goes.
"""
from __future__ import annotations

__all__ = ["at_match", "parse_match", "scope_match", "compile_match"]

from .node import Node

_SEQ_TYPES = (list, tuple)      # CPython also matches other Sequence types; str/bytes never


# ---- parsing
def at_match(p) -> bool:
    """`match` is a soft keyword: a statement only when `match SUBJECT:` ends its line and a `case` follows."""
    save = p.i
    try:
        p.i += 1
        p.testlist_star()
        ok = p.at_op(":") and p.peek().kind == "NEWLINE" and p.peek(2).kind == "INDENT" \
            and p.peek(3).kind == "NAME" and p.peek(3).value == "case"
    except Exception:   # noqa: BLE001 - any parse failure means: not a match statement
        ok = False
    p.i = save
    return ok


def parse_match(p) -> Node:
    line = p.tok.line
    p.i += 1
    subject = p.testlist_star()
    p.expect(":")
    p.i += 2        # NEWLINE INDENT, checked by at_match
    cases = []
    while p.at_kw("case"):
        p.i += 1
        pat = _open_pattern(p)
        guard = p.namedexpr_test() if p.accept("if") else None
        cases.append((pat, guard, p.block()))
        while p.tok.kind == "NEWLINE":
            p.i += 1
    if p.tok.kind != "DEDENT":
        p.error()
    p.i += 1
    return Node("Match", line, subject=subject, cases=cases)


def _open_pattern(p) -> Node:
    first = _as_pattern(p)
    if not p.at_op(","):
        return first
    items = [first]
    while p.accept(","):
        if p.at_op(":") or p.at_kw("if"):
            break
        items.append(_as_pattern(p))
    return Node("PSeq", first.line, items=items)


def _as_pattern(p) -> Node:
    alts = [_closed_pattern(p)]
    while p.accept("|"):
        alts.append(_closed_pattern(p))
    pat = alts[0] if len(alts) == 1 else Node("POr", alts[0].line, alts=alts)
    if p.accept("as"):
        pat = Node("PAs", pat.line, pattern=pat, name=p.name())
    return pat


def _closed_pattern(p) -> Node:
    t = p.tok
    line = t.line
    if t.kind == "OP" and t.value == "*":
        p.i += 1
        nm = p.name()
        return Node("PStar", line, name=None if nm == "_" else nm)
    if t.kind in ("NUMBER", "STRING") or t.kind == "OP" and t.value == "-":
        return Node("PValue", line, value=p.arith_expr())
    if t.kind == "NAME" and t.value in ("None", "True", "False"):
        return Node("PValue", line, value=p.atom(), identity=True)
    if t.kind == "NAME":
        e = Node("Name", line, id=p.name())
        dotted = False
        while p.accept("."):
            e = Node("Attribute", line, value=e, attr=p.name())
            dotted = True
        if p.at_op("("):
            return _class_pattern(p, e)
        if dotted:
            return Node("PValue", line, value=e)
        return Node("PWild", line) if e.id == "_" else Node("PCapture", line, name=e.id)
    if t.kind == "OP" and t.value in ("(", "["):
        close = ")" if t.value == "(" else "]"
        p.i += 1
        items, comma = [], False
        while not p.at_op(close):
            items.append(_as_pattern(p))
            if not p.accept(","):
                break
            comma = True
        p.expect(close)
        if close == ")" and len(items) == 1 and not comma:
            return items[0]
        return Node("PSeq", line, items=items)
    if t.kind == "OP" and t.value == "{":
        p.i += 1
        keys, pats, rest = [], [], None
        while not p.at_op("}"):
            if p.accept("**"):
                rest = p.name()
            else:
                k = _closed_pattern(p)
                if k.kind != "PValue":
                    p.error()
                p.expect(":")
                keys.append(k.value)
                pats.append(_as_pattern(p))
            if not p.accept(","):
                break
        p.expect("}")
        return Node("PMap", line, keys=keys, pats=pats, rest=rest)
    p.error()


def _class_pattern(p, cls: Node) -> Node:
    p.expect("(")
    args, kws = [], []
    while not p.at_op(")"):
        if p.tok.kind == "NAME" and p.peek().kind == "OP" and p.peek().value == "=":
            nm = p.name()
            p.i += 1
            kws.append((nm, _as_pattern(p)))
        else:
            args.append(_as_pattern(p))
        if not p.accept(","):
            break
    p.expect(")")
    return Node("PClass", cls.line, cls=cls, args=args, kws=kws)


# ---- scope analysis
def scope_match(v, n: Node, sc) -> None:
    """Visit a Match for the scope analyser `v`: captures are assignments, values and classes are loads."""
    v.visit(n.subject, sc)
    for pat, guard, body in n.cases:
        _scope_pattern(v, pat, sc)
        if guard is not None:
            v.visit(guard, sc)
        v.visit(body, sc)


def _scope_pattern(v, pat: Node, sc) -> None:
    k = pat.kind
    if k in ("PCapture", "PStar", "PAs") and getattr(pat, "name", None):
        v.store(Node("Name", pat.line, id=pat.name), sc)
    if k == "PValue":
        v.visit(pat.value, sc)
    elif k == "PClass":
        v.visit(pat.cls, sc)
    elif k == "PMap":
        v.visit(pat.keys, sc)
        if pat.rest:
            v.store(Node("Name", pat.line, id=pat.rest), sc)
    for sub in _subpatterns(pat):
        _scope_pattern(v, sub, sc)


def _subpatterns(pat: Node) -> list:
    k = pat.kind
    if k == "PSeq":
        return pat.items
    if k == "POr":
        return pat.alts
    if k == "PAs":
        return [pat.pattern]
    if k == "PMap":
        return pat.pats
    if k == "PClass":
        return pat.args + [x for _, x in pat.kws]
    return []


# ---- compilation
def compile_match(c, n: Node):
    """The statement closure (or generator closure, when a case body yields) for a Match node."""
    subject = c.expr(n.subject)
    cases = []
    any_gen = False
    for pat, guard, body in n.cases:
        m = _pattern(c, pat)
        g = c.expr(guard) if guard is not None else None
        blk, is_gen = c.block(body)
        any_gen |= is_gen
        cases.append((m, g, blk, is_gen))
    if any_gen:
        cases = [(m, g, c.as_gen(b, ig), True) for m, g, b, ig in cases]

        def run(f):
            v = subject(f)
            for m, g, blk, _ in cases:
                if m(f, v) and (g is None or g(f)):
                    return (yield from blk(f))
        return run, True

    def run(f):
        v = subject(f)
        for m, g, blk, _ in cases:
            if m(f, v) and (g is None or g(f)):
                return blk(f)
    return run


def _pattern(c, pat: Node):
    k = pat.kind
    if k == "PWild":
        return lambda f, v: True
    if k == "PCapture":
        st = c.store(Node("Name", pat.line, id=pat.name))

        def m(f, v):
            st(f, v)
            return True
        return m
    if k == "PValue":
        val = c.expr(pat.value)
        if getattr(pat, "identity", False):
            return lambda f, v: v is val(f)
        return lambda f, v: v == val(f)
    if k == "PAs":
        inner = _pattern(c, pat.pattern)
        st = c.store(Node("Name", pat.line, id=pat.name))

        def m(f, v):
            if not inner(f, v):
                return False
            st(f, v)
            return True
        return m
    if k == "POr":
        alts = [_pattern(c, a) for a in pat.alts]
        return lambda f, v: any(a(f, v) for a in alts)
    if k == "PSeq":
        return _sequence(c, pat)
    if k == "PMap":
        return _mapping(c, pat)
    if k == "PClass":
        return _class(c, pat)
    raise AssertionError(f"pattern kind {k}")


def _sequence(c, pat: Node):
    star = next((i for i, x in enumerate(pat.items) if x.kind == "PStar"), None)
    subs = [_pattern(c, x) if x.kind != "PStar" else None for x in pat.items]
    n = len(subs)
    st = c.store(Node("Name", pat.line, id=pat.items[star].name)) \
        if star is not None and pat.items[star].name else None

    def m(f, v):
        if not isinstance(v, _SEQ_TYPES) and type(v).__name__ not in ("range", "deque"):
            return False
        items = list(v)
        if star is None:
            return len(items) == n and all(s(f, x) for s, x in zip(subs, items))
        after = n - star - 1
        if len(items) < n - 1:
            return False
        head, tail = items[:star], items[len(items) - after:] if after else []
        if not all(s(f, x) for s, x in zip(subs[:star], head)):
            return False
        if not all(s(f, x) for s, x in zip(subs[star + 1:], tail)):
            return False
        if st is not None:
            st(f, items[star:len(items) - after])
        return True
    return m


def _mapping(c, pat: Node):
    keys = [c.expr(k) for k in pat.keys]
    subs = [_pattern(c, x) for x in pat.pats]
    rest = c.store(Node("Name", pat.line, id=pat.rest)) if pat.rest else None
    missing = object()

    def m(f, v):
        if not isinstance(v, dict):
            return False
        ks = [k(f) for k in keys]
        for k, s in zip(ks, subs):
            x = v.get(k, missing)
            if x is missing or not s(f, x):
                return False
        if rest is not None:
            rest(f, {k: x for k, x in v.items() if k not in ks})
        return True
    return m


_SELF_MATCHING = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def _class(c, pat: Node):
    cls = c.expr(pat.cls)
    args = [_pattern(c, x) for x in pat.args]
    kws = [(nm, _pattern(c, x)) for nm, x in pat.kws]

    def m(f, v):
        t = cls(f)
        if not isinstance(t, type):
            raise TypeError("called match pattern must be a class")
        if not isinstance(v, t):
            return False
        if args:
            if t in _SELF_MATCHING and len(args) == 1:
                if not args[0](f, v):
                    return False
            else:
                names = getattr(t, "__match_args__", ())
                if len(args) > len(names):
                    raise TypeError(f"{t.__name__}() accepts {len(names)} positional sub-patterns "
                                    f"({len(args)} given)")
                for nm, s in zip(names, args):
                    if not hasattr(v, nm) or not s(f, getattr(v, nm)):
                        return False
        for nm, s in kws:
            if not hasattr(v, nm) or not s(f, getattr(v, nm)):
                return False
        return True
    return m
