"""Typed expressions over the names in scope: every operand bound, every operation well-typed and bounded."""
from __future__ import annotations

from .model import MAX_BITS, MAX_FLOAT, MAX_LEN, State

__all__ = ["expr", "probe", "literal", "small_int", "cond", "TYPES"]

#: Value types the generator builds expressions for (lists hold ints, lstr holds strs, dicts map str→int).
TYPES = ("int", "float", "str", "bytes", "bool", "list", "lstr", "tuple", "dict", "set")
_TYPE_FEATURE = {"float": "float", "str": "str", "bytes": "bytes", "list": "list", "lstr": "str",
                 "tuple": "tuple", "dict": "dict", "set": "set"}
_ALPHA = "abcxyz AB019-_."
_KEYS = ("a", "b", "k", "xy", "key", "z9")


def small_int(g: State, m: int = 20) -> int:
    """An int in [-m, m], zig-zag coded so that shrinking moves towards 0."""
    k = g.c.integer(0, 2 * m)
    return (k + 1) // 2 * (1 if k % 2 else -1)


def enabled_types(g: State) -> list[str]:
    types = g.kind_cache.get("types")  # features are fixed for a program: work the list out once
    if types is None:
        types = g.kind_cache["types"] = [t for t in TYPES if t not in _TYPE_FEATURE or g.has(_TYPE_FEATURE[t])]
    return types


def _str_lit(g: State, n: int = 6) -> str:
    return "".join(g.c.choice(_ALPHA) for _ in range(g.c.integer(0, n)))


def literal(g: State, t: str) -> tuple[str, float]:
    """A literal of type t and its bound."""
    c = g.c
    if t == "int":
        if g.has("bigint") and c.chance(0.3):
            k = c.integer(30, 140)
            if c.chance(0.5):
                return f"(2 ** {k} {c.choice('+-')} {c.integer(0, 99)})", k + 1
            v = (c.integer(1, 9) << k) + c.integer(0, 10 ** 6)
            return (str(v) if c.chance(0.7) else f"-{v}"), k + 5
        v = small_int(g, 20) if c.chance(0.7) else small_int(g, 10 ** 6)
        return (f"0x{v:x}" if v >= 0 and c.chance(0.1) else str(v)), max(abs(v), 1).bit_length() + 1
    if t == "float":
        num, den = small_int(g, 400), c.choice((1, 2, 4, 8, 10, 100, 1000))
        return repr(num / den), abs(num / den) + 1
    if t == "str":
        s = _str_lit(g)
        return repr(s), len(s)
    if t == "bytes":
        s = _str_lit(g, 5)
        return "b" + repr(s), len(s)
    if t == "bool":
        return c.choice(("True", "False")), 1
    if t == "list":
        items = [str(small_int(g, 30)) for _ in range(c.integer(0, 6))]
        return "[" + ", ".join(items) + "]", len(items)
    if t == "lstr":
        items = [repr(_str_lit(g, 4)) for _ in range(c.integer(0, 4))]
        return "[" + ", ".join(items) + "]", len(items)
    if t == "tuple":
        items = [str(small_int(g, 30)) for _ in range(c.integer(0, 4))]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")", len(items)
    if t == "dict":
        keys = sorted({c.choice(_KEYS) for _ in range(c.integer(0, 4))})
        return "{" + ", ".join(f"{k!r}: {small_int(g, 50)}" for k in keys) + "}", len(keys)
    if t == "set":
        items = sorted({small_int(g, 12) for _ in range(c.integer(0, 5))})
        return ("{" + ", ".join(map(str, items)) + "}" if items else "set()"), len(items)
    raise ValueError(f"no literal for type {t!r}")


def _leaf(g: State, t: str) -> tuple[str, float]:
    vs = g.visible(t)
    if vs and g.c.chance(0.75):
        v = g.c.choice(vs)
        return v.name, v.bound
    return literal(g, t)


def cond(g: State, depth: int = 1) -> str:
    """A boolean expression (code only)."""
    return expr(g, "bool", depth)[0]


def expr(g: State, t: str, depth: int = 2) -> tuple[str, float]:
    """An expression of type t, with its bound; depth limits nesting."""
    if depth <= 0 or g.c.chance(0.25):
        return _leaf(g, t)
    return _MAKERS[t](g, depth - 1)


def _calls(g: State, t: str, depth: int) -> tuple[str, float] | None:
    """A call of a user function returning t, if one exists."""
    fs = [f for f in g.funcs if f.ret == t and not f.is_gen]
    if not fs or not g.c.chance(0.5):
        return None
    f = g.c.choice(fs)
    return call_code(g, f, depth), f.ret_bound


def call_code(g: State, f, depth: int) -> str:
    """A call of f with arguments of the right types; may use defaults, extra *args and **kwargs."""
    c = g.c
    n_req = len(f.params) if f.n_required < 0 else f.n_required
    n = c.integer(n_req, len(f.params))
    args = [arg(g, t, depth) for t in f.params[:n]]
    if f.star and n == len(f.params):
        args += [arg(g, f.star, 0) for _ in range(c.integer(0, 3))]
    if f.kw:
        args += [f"{k}={small_int(g, 9)}" for k in sorted({c.choice(('p', 'q', 'r')) for _ in range(c.integer(0, 2))})]
    return f"{f.name}({', '.join(args)})"


_PARAM_BOUND = {"int": 64, "float": 1e4, "str": 20, "list": 12, "lstr": 8, "bytes": 20}


def arg(g: State, t: str, depth: int) -> str:
    """An argument for a parameter of type t, within the bound the function body was written for."""
    for _ in range(2):
        code, b = expr(g, t, depth)
        if b <= _PARAM_BOUND.get(t, MAX_LEN):
            return code
    return literal(g, t)[0]


# -- per-type makers (each returns (code, bound)) ----------------------------------------------------------

def _int(g: State, d: int) -> tuple[str, float]:
    c = g.c
    r = _calls(g, "int", d)
    if r:
        return r
    k = c.integer(0, 17)
    if k <= 5:
        (a, ba), (b, bb) = expr(g, "int", d), expr(g, "int", d)
        op = c.choice(("+", "-", "*", "//", "%", "&", "|", "^", "**", "<<", ">>", "min", "max"))
        if op == "*" and ba + bb <= MAX_BITS:
            return f"({a} * {b})", ba + bb
        if op in ("//", "%"):
            return f"({a} {op} ({b} or {c.choice((1, -1, 3, -7))}))", ba if op == "//" else bb
        if op == "**" and ba * 4 <= MAX_BITS:
            e = c.integer(0, 4)
            return f"({a} ** {e})", max(ba * e, 1)
        if op == "<<":
            s = c.integer(0, 70)
            if ba + s <= MAX_BITS:
                return f"({a} << {s})", ba + s
        if op == ">>":
            return f"({a} >> {c.integer(0, 70)})", ba
        if op in ("min", "max"):
            return f"{op}({a}, {b})", max(ba, bb)
        if op in ("&", "|", "^"):
            return f"({a} {op} {b})", max(ba, bb)
        op = c.choice("+-") if op not in "+-" else op
        return f"({a} {op} {b})", max(ba, bb) + 1
    if k == 6:
        a, ba = expr(g, "int", d)
        return f"{c.choice(('-', '~', 'abs', '+'))}({a})", ba + 1
    if k == 7 and g.has("str"):
        s, _ = expr(g, "str", d)
        m = c.choice(("len({s})", "{s}.find({t})", "{s}.count({t})", "int(str(len({s})) + '7')", "{s}.rfind({t})"))
        return m.format(s=s, t=literal(g, "str")[0]), 8
    if k == 8 and g.has("list"):
        L, bl = expr(g, "list", d)
        m = c.choice(("len({L})", "sum({L})", "({L}[{i} % len({L})] if {L} else 0)", "(max({L}) if {L} else -1)",
                      "(min({L}) if {L} else 1)", "{L}.count({i})"))
        return m.format(L=L, i=small_int(g, 9)), 160  # list elements are not tracked: assume big
    if k == 9 and g.has("float"):
        x, bx = expr(g, "float", d)
        return f"{c.choice(('int', 'round'))}({x})", max(bx, 2).__int__().bit_length() + 1
    if k == 10 and g.has("dict"):
        D, _ = expr(g, "dict", d)
        m = c.choice(("len({D})", "{D}.get({k!r}, -1)", "sum({D}.values())", "len([k for k in {D} if k < 'k'])"))
        return m.format(D=D, k=c.choice(_KEYS)), 12 if m.startswith("len") else 160  # values: not tracked
    if k == 11:
        b = cond(g, d)
        (x, bx), (y, by) = expr(g, "int", d), expr(g, "int", d)
        return f"({x} if {b} else {y})", max(bx, by)
    if k == 12 and g.has("tuple"):
        T, _ = expr(g, "tuple", d)
        return c.choice((f"len({T})", f"sum({T})", f"({T} + (5,))[{small_int(g, 4)} % len({T} + (5,))]")), 160
    if k == 13 and g.has("bytes"):
        B, _ = expr(g, "bytes", d)
        return c.choice((f"len({B})", f"({B}[0] if {B} else 256)", f"sum({B})", f"int.from_bytes({B}[:6], 'big')")), 50
    if k == 14 and g.has("set"):
        S, _ = expr(g, "set", d)
        return c.choice((f"len({S})", f"sum({S})")), 160
    if k == 15:
        if c.chance(0.5):  # three-argument pow: modular exponentiation, big operands welcome
            (a, _), (b, _) = expr(g, "int", d), expr(g, "int", d)
            m = c.choice(("7", "1000003", "(2 ** 61 - 1)", "-13"))
            return f"pow({a}, abs({b}) % 300, {m})", 62
        b = cond(g, d)
        return f"int({b})", 2
    if k == 16 and g.has("comp"):
        L, _ = expr(g, "list", d) if g.has("list") else literal(g, "list")
        return f"sum(x * {small_int(g, 5)} for x in {L} if x {c.choice(('>', '<', '!='))} {small_int(g, 9)})", 16
    if k == 17 and g.has("math") and g.has("float"):
        g.uses_math = True
        x, bx = expr(g, "float", d)
        return f"math.{c.choice(('floor', 'ceil', 'trunc'))}({x})", max(bx, 2).__int__().bit_length() + 1
    return _leaf(g, "int")


def _float(g: State, d: int) -> tuple[str, float]:
    c = g.c
    r = _calls(g, "float", d)
    if r:
        return r
    k = c.integer(0, 8)
    a, ba = expr(g, "float", d)
    bt = c.choice(("float", "int"))
    b, bb = expr(g, bt, d)
    if bt == "int":  # an int operand: its bound is in bits; keep it well inside the float range
        b, bb = (b, 2.0 ** bb) if bb < 50 else ("1.5", 1.5)
    if k <= 2:
        op = c.choice("+-*")
        if op == "*" and ba * bb < MAX_FLOAT:
            return f"({a} * {b})", ba * bb
        if ba + bb < MAX_FLOAT:
            return f"({a} {'-' if op == '-' else '+'} {b})", ba + bb
    if k == 3:
        return f"({a} / (abs({b}) + 1))", ba
    if k == 4 and g.has("math"):
        g.uses_math = True
        f = c.choice(("sqrt(abs({a}))", "sin({a})", "cos({a})", "fabs({a})", "exp(-abs({a}) % 10)",
                      "log(abs({a}) + 1)"))
        return "math." + f.format(a=a), max(1.0, ba ** 0.5 + 1, ba if "fabs" in f else 1.0)
    if k == 5:
        i, _ = expr(g, "int", d)
        return f"float({i} % {c.choice((7, 1000, 2 ** 20, 10 ** 9))})", 1e9
    if k == 6:
        return f"({a} if {cond(g, d)} else {b})", max(ba, bb)
    if k == 7:  # float floor division and modulo: signs of operands and results differ by implementation
        op = c.choice(("//", "%"))
        return f"({a} {op} {c.choice(('-', ''))}(abs({b}) + 0.5))", ba
    return (f"-{a}", ba) if c.chance(0.5) else (f"abs({a})", ba)


def _str(g: State, d: int) -> tuple[str, float]:
    c = g.c
    r = _calls(g, "str", d)
    if r:
        return r
    k = c.integer(0, 11)
    a, ba = expr(g, "str", d)
    if k == 0:
        b, bb = expr(g, "str", d)
        if ba + bb <= MAX_LEN:
            return f"({a} + {b})", ba + bb
    if k == 1:
        n = c.integer(0, 3)
        if ba * n <= MAX_LEN:
            return f"({a} * {n})", ba * n
    if k == 2:
        return f"{a}.{c.choice(('upper', 'lower', 'strip', 'lstrip', 'rstrip'))}()", ba
    if k == 3:
        old, new = repr(c.choice("abx. ")), repr(_str_lit(g, 2))
        if ba * 3 <= MAX_LEN:
            return f"{a}.replace({old}, {new})", ba * 3
    if k == 4 and g.has("slice"):
        i, j = small_int(g, 8), small_int(g, 8)
        if g.has("strstep"):  # str slices with a step: not in every MicroPython (types_str_subscrstep)
            step = c.choice((":2", ":-1", ":-2", ":3", f":{small_int(g, 3) or 1}"))
            return c.choice((f"{a}[{i}:{j}{step}]", f"{a}[::-1]", f"{a}[::{step[1:]}]")), ba
        return c.choice((f"{a}[{i}:{j}]", f"{a}[{i}:]", f"{a}[:{j}]", f"{a}[{i}:{j}:1]")), ba
    if k == 5:
        i, bi = expr(g, "int", d)
        return f"str({i})", int(bi * 0.31) + 2
    if k == 6 and g.has("format"):
        i, bi = expr(g, "int", 0)
        if bi <= 64:
            f = c.choice(("'%d|%s' % ({i}, {a})", "'{{}}-{{}}'.format({i}, {a})", "'{{:>6}}'.format({a})",
                          "'%5d' % {i}", "'%-4s|' % {a}", "'{{:x}}'.format(abs({i}))", "'%x' % abs({i})",
                          "'{{:05d}}'.format({i})", "'{{0}}{{1}}{{0}}'.format({a}, {i})", "'%o' % abs({i})",
                          "'{{:^7}}'.format({a})", "'{{:+d}}'.format({i})"))
            return "(" + f.format(i=i, a=a) + ")", ba * 2 + 30
    if k == 7 and g.has("fstring"):
        (i, bi), (s, bs) = expr(g, "int", 0), expr(g, "str", 0)  # leaves only: no nested quotes
        if bi <= 64:
            return f'f"<{{{s}}}:{{{i}:>4}}|{{{i}!r}}>"', bs + 50
    if k == 8 and g.has("str"):
        L, bl = expr(g, "lstr", d)
        sep = repr(c.choice(("", ",", " ", "-", "ab")))
        if bl * 8 <= MAX_LEN:
            return f"{sep}.join({L})", bl * 8
    if k == 9 and g.has("bytes"):
        B, bb = expr(g, "bytes", d)
        return f"{B}.decode()", bb
    if k == 10:
        i, _ = expr(g, "int", d)
        return f"chr(65 + {i} % 26)", 1
    if k == 11:
        x, _ = _leaf(g, c.choice(("list", "tuple", "bool"))) if g.has("list") else _leaf(g, "bool")
        return f"str({x})", MAX_LEN
    return a, ba


def _bytes(g: State, d: int) -> tuple[str, float]:
    c = g.c
    k = c.integer(0, 5)
    a, ba = expr(g, "bytes", d)
    if k == 0:
        b, bb = expr(g, "bytes", d)
        if ba + bb <= MAX_LEN:
            return f"({a} + {b})", ba + bb
    if k == 1 and g.has("slice"):
        return f"{a}[{small_int(g, 6)}:{small_int(g, 6)}]", ba
    if k == 2:
        s, bs = expr(g, "str", d)
        return f"{s}.encode()", bs
    if k == 3 and g.has("list"):
        L, bl = expr(g, "list", d)
        return f"bytes([x % 128 for x in {L}])", bl  # ASCII: decode() must not fail
    if k == 4:
        return f"{a}.{c.choice(('upper', 'lower', 'strip'))}()", ba
    if k == 5 and ba * 2 <= MAX_LEN:
        return f"({a} * 2)", ba * 2
    return a, ba


def _bool(g: State, d: int) -> tuple[str, float]:
    c = g.c
    k = c.integer(0, 7)
    if k <= 2:
        t = c.choice(("int", "int", "float", "str", "mixed")) if g.has("float") else "int"
        if t == "str" and not g.has("str"):
            t = "int"
        if t == "mixed":  # int (maybe huge) against float: exact comparison across types
            (a, _), (b, _) = expr(g, "int", d), expr(g, "float", d)
        else:
            (a, _), (b, _) = expr(g, t, d), expr(g, t, d)
        return f"({a} {c.choice(('<', '<=', '==', '!=', '>', '>='))} {b})", 1
    if k == 3:
        return f"(not {cond(g, d)})", 1
    if k == 4:
        return f"({cond(g, d)} {c.choice(('and', 'or'))} {cond(g, d)})", 1
    if k == 5 and g.has("list"):
        (x, _), (L, _) = expr(g, "int", d), expr(g, "list", d)
        return f"({x} {c.choice(('in', 'not in'))} {L})", 1
    if k == 6 and g.has("str"):
        (s, _), t = expr(g, "str", d), literal(g, "str")[0]
        return (f"{s}.{c.choice(('startswith', 'endswith'))}({t})" if c.chance(0.7) else f"({t} in {s})"), 1
    if k == 7 and g.has("dict"):
        D, _ = expr(g, "dict", d)
        return f"({c.choice(_KEYS)!r} in {D})", 1
    a, _ = expr(g, "int", d)
    return f"({a} % 2 == 0)", 1


def _list(g: State, d: int) -> tuple[str, float]:
    c = g.c
    r = _calls(g, "list", d)
    if r:
        return r
    k = c.integer(0, 8)
    a, ba = expr(g, "list", d)
    if k == 0:
        b, bb = expr(g, "list", d)
        if ba + bb <= MAX_LEN:
            return f"({a} + {b})", ba + bb
    if k == 1 and g.has("slice"):
        return f"{a}[{small_int(g, 6)}:{small_int(g, 6)}:{c.choice((1, 2, -1, -2, 3))}]", ba
    if k == 2:
        return c.choice((f"sorted({a})", f"sorted({a}, reverse=True)", f"list(reversed({a}))")), ba
    if k == 3:
        lo, n, st = small_int(g, 10), c.integer(0, 12), c.choice((1, 2, 3, -1, -2))
        hi = lo + n * st
        return f"list(range({lo}, {hi}, {st}))" if st != 1 else f"list(range({lo}, {hi}))", n
    if k == 4 and g.has("comp"):
        x, _ = expr(g, "int", 0)
        return (f"[i * {small_int(g, 5)} + {x} for i in {a} if i {c.choice(('>', '<', '!='))} {small_int(g, 5)}]"
                if c.chance(0.5) else f"[i % {c.integer(2, 9)} for i in range({c.integer(0, 10)})]"), max(ba, 10)
    if k == 5 and g.has("tuple"):
        T, bt = expr(g, "tuple", d)
        return f"list({T})", bt
    if k == 6 and g.has("lambda"):
        return c.choice((f"list(map(lambda v: v * {small_int(g, 4)}, {a}))",
                         f"list(filter(lambda v: v % {c.integer(2, 4)}, {a}))",
                         f"sorted({a}, key=lambda v: (v % {c.integer(2, 5)}, v))")), ba
    if k == 7 and g.has("str"):
        s, bs = expr(g, "str", d)
        return f"[ord(ch) for ch in {s}]" if g.has("comp") else f"list({s}.encode())", bs
    if k == 8 and ba * 2 <= MAX_LEN:
        return f"({a} * 2)", ba * 2
    return a, ba


def _lstr(g: State, d: int) -> tuple[str, float]:
    c = g.c
    k = c.integer(0, 4)
    if k == 0:
        s, bs = expr(g, "str", d)
        return c.choice((f"{s}.split()", f"{s}.split({c.choice('ab. -')!r})", f"{s}.rsplit('-', 1)")), bs + 1
    if k == 1:
        a, ba = expr(g, "lstr", d)
        return f"sorted({a})", ba
    if k == 2 and g.has("dict"):
        D, bd = expr(g, "dict", d)
        return f"sorted({D})", bd
    if k == 3 and g.has("comp"):
        s, bs = expr(g, "str", d)
        return f"[ch + ch for ch in {s} if ch != 'a']", bs
    if k == 4 and g.has("list"):
        L, bl = expr(g, "list", d)
        return f"[str(x) for x in {L}]" if g.has("comp") else f"list(map(str, {L}))", bl
    return _leaf(g, "lstr")


def _tuple(g: State, d: int) -> tuple[str, float]:
    c = g.c
    k = c.integer(0, 4)
    if k == 0:
        (a, ba), (b, bb) = expr(g, "int", d), expr(g, "int", d)
        return f"divmod({a}, {b} or {c.choice((2, -3))})", 2
    if k == 1 and g.has("list"):
        L, bl = expr(g, "list", d)
        return f"tuple({L})", bl
    if k == 2:
        (a, ba), (b, bb) = expr(g, "tuple", d), expr(g, "tuple", d)
        if ba + bb <= MAX_LEN:
            return f"({a} + {b})", ba + bb
    if k == 3 and g.has("slice"):
        a, ba = expr(g, "tuple", d)
        return f"{a}[{small_int(g, 4)}:{small_int(g, 4)}]", ba
    if k == 4:
        items = [expr(g, "int", 0) for _ in range(c.integer(1, 3))]
        if all(b <= 64 for _, b in items):
            return "(" + ", ".join(x for x, _ in items) + ",)", len(items)
    return _leaf(g, "tuple")


def _dict(g: State, d: int) -> tuple[str, float]:
    c = g.c
    k = c.integer(0, 3)
    if k == 0 and g.has("comp"):
        L, bl = expr(g, "lstr", d) if g.has("str") else literal(g, "lstr")
        return f"{{k: len(k) * {small_int(g, 5)} for k in {L}}}", bl
    if k == 1 and g.has("list"):
        (K, bk), (V, bv) = literal(g, "lstr"), expr(g, "list", d)
        return f"dict(zip({K}, {V}))", min(bk, bv)
    if k == 2:
        (a, ba), (b, bb) = expr(g, "dict", d), expr(g, "dict", d)
        return f"dict({a}, **{b})" if not g.has("dictunpack") else f"{{**{a}, **{b}}}", ba + bb
    if k == 3:
        a, ba = expr(g, "dict", d)
        return f"{{k: v for k, v in {a}.items() if v {c.choice('<>')} {small_int(g, 20)}}}" if g.has("comp") \
            else f"dict({a})", ba
    return _leaf(g, "dict")


def _set(g: State, d: int) -> tuple[str, float]:
    c = g.c
    k = c.integer(0, 3)
    if k == 0:
        (a, ba), (b, bb) = expr(g, "set", d), expr(g, "set", d)
        op = c.choice("|&-^")
        return f"({a} {op} {b})", ba + bb if op in "|^" else ba
    if k == 1 and g.has("list"):
        L, bl = expr(g, "list", d)
        return f"set({L})", bl
    if k == 2 and g.has("comp"):
        L, bl = expr(g, "list", d) if g.has("list") else literal(g, "list")
        return f"{{x % {c.integer(2, 7)} for x in {L}}}", bl
    if k == 3:
        (a, ba), (b, bb) = expr(g, "set", d), expr(g, "set", d)
        return f"{a}.{c.choice(('union', 'intersection', 'difference', 'symmetric_difference'))}({b})", ba + bb
    return _leaf(g, "set")


_MAKERS = {"int": _int, "float": _float, "str": _str, "bytes": _bytes, "bool": _bool, "list": _list,
           "lstr": _lstr, "tuple": _tuple, "dict": _dict, "set": _set}


def probe(g: State, code: str, t: str, bound: float) -> str:
    """A print statement for a value, formatted so only semantics (not repr quirks) show."""
    if t == "float":
        return f"print({'%.4f' if bound < MAX_FLOAT else '%.6e'!r} % {code})"
    if t == "str":
        return f"print(repr({code}))"
    if t == "dict":
        return f"print(sorted({code}.items()))"
    if t == "set":
        return f"print(sorted({code}))"
    if t == "iter":
        return f"print(next({code}, None))"
    return f"print({code})"
