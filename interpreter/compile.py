"""Compiler, expressions part: each syntax node becomes a Python closure `ev(frame) -> value`.

`Compiler` joins these rules with the mixins of compstmt, comptry, compname, compfunc and compcomp; they
reach each other's rules through `self` (expr, block, store_name, ...) and never import this module, which
also holds the pipeline's entry points, for each mode of the compile builtin: analyse_source (parse, mangle, analyse)
and compile_tree.
"""
from __future__ import annotations

__all__ = ["Compiler", "analyse_source", "compile_tree"]

import operator as op

from .attrs import ATTR_HOOKS
from .compcomp import CompMixin
from .compfunc import FuncMixin
from .comphoist import HoistMixin
from .compname import NameMixin
from .compstmt import StmtMixin
from .comptry import TryMixin
from .emitviper import ViperMixin
from .lexer import MpSyntaxError
from .mangle import mangle_tree
from .node import Node
from .objcomplex import complex_pow
from .objslice import check_step, host_key
from .objstr import NO_KW, Shown, mp_repr, shown, str_mod
from .objtemplate import template_maker
from .objtype import NATIVE, compare
from .parse import parse
from .parse_const import fold_consts
from .parse_expr import parse_expr
from .runtime import DENIED_ATTRS, MISS, State, check_heap_unlocked, filter_attr, mp, note, push_frame, stand_in
from .scope import Scope, analyse

_BINOPS = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "//": op.floordiv, "%": op.mod,
           "**": op.pow, "<<": op.lshift, ">>": op.rshift, "&": op.and_, "|": op.or_, "^": op.xor,
           "@": op.matmul}
_CMPOPS = {"<": op.lt, ">": op.gt, "<=": op.le, ">=": op.ge, "==": op.eq, "!=": op.ne,
           "is": op.is_, "is not": op.is_not, "in": lambda a, b: a in b, "not in": lambda a, b: a not in b}
_RICH = {"<": "__lt__", ">": "__gt__", "<=": "__le__", ">=": "__ge__"}
_UNOPS = {"-": op.neg, "+": op.pos, "~": op.invert, "not": op.not_}
_SEQ = (str, bytes, list, tuple, bytearray)     # `seq * n` may need a heap guard
_ANY_VALUE = ("Name", "Attribute", "Subscript", "Call", "Tuple", "IfExp", "BoolOp", "NamedExpr")  # any object


class Compiler(NameMixin, StmtMixin, HoistMixin, TryMixin, FuncMixin, CompMixin, ViperMixin):
    """Compiles one module (or exec/eval source) against its globals dict."""

    def __init__(self, interp, filename: str, g: dict, table: dict[int, Scope]):
        self.interp = interp          # the Interpreter: builtins, imports, heap accounting
        self.filename = filename
        self.g = g
        self.B = interp.builtins
        self.table = table
        self.sc: Scope | None = None
        self.slots: dict[str, int] = {}
        self.nslots = 1
        self.hoist: list | None = None
        self.spilled: dict[int, tuple[int, Node]] = {}
        self.emit = getattr(interp, "emit", "bytecode")    # of the scope being compiled: bytecode, native, viper
        self.viper = None       # in a viper function: its machine types (emitviper.py)
        self.loop_depth = 0
        self.mode = "exec"            # 'single' and 'paste' (the REPL's paste mode): the module's expressions print

    # ---- names
    def expr(self, n: Node):
        if self.hoist is not None:      # in a statement with yields: operands ahead of one are computed first
            spilled = self.spill(n)
            if spilled is not None:
                return spilled
        if self.viper is not None:
            return self.viper_expr(n)
        return getattr(self, "e_" + n.kind)(n)

    def e_Const(self, n):
        v = n.value

        def ev(f):
            return v
        return ev

    def e_Name(self, n):
        return self.load_name(n.id)

    def e_NamedExpr(self, n):
        val = self.expr(n.value)
        st = self.store_name(n.target.id)   # in a comprehension, scope.py binds it in the enclosing scope

        def ev(f):
            v = val(f)
            st(f, v)
            return v
        return ev

    def e_BinOp(self, n):
        left, right = self.expr(n.left), self.expr(n.right)
        o = n.op
        alloc = self.interp.alloc_guard
        if n.right.kind == "Const" and type(n.right.value) in (int, float) and o in ("+", "-", "%", "//", "&", ">>") \
                and not (o == "%" and self.interp.profile and type(n.right.value) is float):
            c = n.right.value
            if o == "+":
                return lambda f: left(f) + c
            if o == "-":
                return lambda f: left(f) - c
            if o == "%":
                if self.interp.profile:
                    return lambda f: (lambda a: str_mod(a, c) if type(a) is str else a % c)(left(f))
                return lambda f: left(f) % c
            if o == "//":
                return lambda f: left(f) // c
            if o == "&":
                return lambda f: left(f) & c
            return lambda f: left(f) >> c
        if o == "+":
            def ev(f):
                return left(f) + right(f)
        elif o == "-":
            def ev(f):
                return left(f) - right(f)
        elif o == "*":
            def ev(f):
                a = left(f)
                b = right(f)
                if type(b) is int and type(a) in _SEQ or type(a) is int and type(b) in _SEQ:
                    alloc(a, b)
                return a * b
        elif o == "%" and self.interp.profile:
            def ev(f):
                a = left(f)
                return str_mod(a, right(f)) if type(a) is str else a % right(f)
        elif o == "%":
            def ev(f):
                return left(f) % right(f)
        elif o == "//":
            def ev(f):
                return left(f) // right(f)
        elif o == "**":
            guard = self.interp.pow_guard
            cpow = mp("types_complex_pow")

            def ev(f):
                a = left(f)
                b = right(f)
                if type(b) is int and type(a) is int and b > 64:
                    guard(a, b)
                if cpow and (type(a) is complex or type(b) is complex):
                    return complex_pow(a, b)
                return a ** b
        elif o == "<<":
            guard = self.interp.shift_guard

            def ev(f):
                a = left(f)
                b = right(f)
                if type(b) is int and b > 64:
                    guard(a, b)
                return a << b
        else:
            fn = _BINOPS[o]

            def ev(f):
                return fn(left(f), right(f))
        return ev

    def e_UnaryOp(self, n):
        v = self.expr(n.operand)
        if n.op == "not":
            def ev(f):
                return not v(f)
        elif n.op == "-":
            def ev(f):
                return -v(f)
        else:
            fn = _UNOPS[n.op]

            def ev(f):
                return fn(v(f))
        return ev

    def e_BoolOp(self, n):
        vals = [self.expr(x) for x in n.values]
        if n.op == "and":
            if len(vals) == 2:
                a, b = vals

                def ev(f):
                    return a(f) and b(f)
                return ev

            def ev(f):
                v = None
                for x in vals:
                    v = x(f)
                    if not v:
                        return v
                return v
            return ev
        if len(vals) == 2:
            a, b = vals

            def ev(f):
                return a(f) or b(f)
            return ev

        def ev(f):
            v = None
            for x in vals:
                v = x(f)
                if v:
                    return v
            return v
        return ev

    def e_Compare(self, n):
        left = self.expr(n.left)
        rights = [self.expr(x) for x in n.comparators]
        fns = [_CMPOPS[o] for o in n.ops]
        if len(fns) == 1:
            r = rights[0]
            o = n.ops[0]
            rn = n.comparators[0]
            if rn.kind == "Const" and type(rn.value) in (int, float, str) and o in ("<", "==", ">", "<=", ">=", "!="):
                c = rn.value
                if o == "<":
                    return lambda f: left(f) < c
                if o == "==":
                    return lambda f: left(f) == c
                if o == ">":
                    return lambda f: left(f) > c
                if o == "<=":
                    return lambda f: left(f) <= c
                if o == ">=":
                    return lambda f: left(f) >= c
                return lambda f: left(f) != c
            if o in _RICH and mp("core_class_reflected_compare"):
                meth = _RICH[o]
                hostop = _CMPOPS[o]

                def ev(f):
                    a = left(f)
                    b = r(f)
                    if type(a) in NATIVE:
                        return hostop(a, b)
                    return compare(a, b, meth)
            elif o == "<":
                def ev(f):
                    return left(f) < r(f)
            elif o == "==":
                def ev(f):
                    return left(f) == r(f)
            elif o == ">":
                def ev(f):
                    return left(f) > r(f)
            elif o == "<=":
                def ev(f):
                    return left(f) <= r(f)
            elif o == ">=":
                def ev(f):
                    return left(f) >= r(f)
            elif o == "!=":
                def ev(f):
                    return left(f) != r(f)
            elif o == "is":
                def ev(f):
                    return left(f) is r(f)
            elif o == "is not":
                def ev(f):
                    return left(f) is not r(f)
            elif o == "in":
                def ev(f):
                    return left(f) in r(f)
            else:
                def ev(f):
                    return left(f) not in r(f)
            return ev
        pairs = list(zip(fns, rights))

        def ev(f):
            a = left(f)
            res = True
            for fn, r in pairs:
                b = r(f)
                res = fn(a, b)
                if not res:
                    return res
                a = b
            return res
        return ev

    def e_IfExp(self, n):
        t, a, b = self.expr(n.test), self.expr(n.body), self.expr(n.orelse)

        def ev(f):
            return a(f) if t(f) else b(f)
        return ev

    def e_Attribute(self, n):
        obj = self.expr(n.value)
        name = n.attr
        hook = ATTR_HOOKS.get(name) if self.interp.profile else None
        if hook is not None:
            def ev(f):
                v = obj(f)
                r = hook(v)
                return getattr(v, name) if r is MISS else r
            return ev
        lacking = self.interp.missing_attrs.get(name)
        if lacking:
            def ev(f):
                v = obj(f)
                if isinstance(v, lacking):
                    raise AttributeError(f"'{type(v).__name__}' object has no attribute '{name}'"
                                         if not isinstance(v, type) else
                                         f"type object '{v.__name__}' has no attribute '{name}'")
                return getattr(v, name)
            return ev
        if name in DENIED_ATTRS:
            def ev(f):
                return stand_in(obj(f), name)
            return ev
        if name[:2] == "__" or name == "__self__":
            def ev(f):
                return filter_attr(name, getattr(obj(f), name))
            return ev

        def ev(f):
            return getattr(obj(f), name)
        return ev

    def index(self, n: Node):
        if self.hoist is not None:
            spilled = self.spill(n)
            if spilled is not None:
                return spilled
        if n.kind == "Slice":
            lo = self.expr(n.lower) if n.lower else None
            hi = self.expr(n.upper) if n.upper else None
            st = self.expr(n.step) if n.step else None

            def ev(f):
                return slice(lo(f) if lo else None, hi(f) if hi else None, st(f) if st else None)
            return ev
        if n.kind == "Tuple" and not getattr(n, "paren", False):
            parts = [self.index(e) for e in n.elts]

            def ev(f):
                return tuple([p(f) for p in parts])
            return ev
        return self.expr(n)

    def e_Subscript(self, n):
        obj = self.expr(n.value)
        idx = self.index(n.index)
        if n.index.kind == "Slice" and n.index.step is not None and self.interp.profile:
            def ev(f):
                o = obj(f)
                s = idx(f)
                check_step(o, s, False)
                return o[s]
            return ev

        if self.may_hold_slice(n.index):
            def ev(f):
                o = obj(f)
                k = idx(f)
                try:
                    return o[k]
                except TypeError:
                    k = host_key(o, k)
                    if k is None:
                        raise
                return o[k]
            return ev

        def ev(f):
            return obj(f)[idx(f)]
        return ev

    def may_hold_slice(self, n: Node) -> bool:
        """Whether a subscript's key may be one of the port's slice objects, which host sequences refuse."""
        return bool(self.interp.profile) and n.kind in _ANY_VALUE and mp("types_slice_constructor")

    def e_Slice(self, n):
        return self.index(n)

    def e_Starred(self, n):
        raise MpSyntaxError("*x must be assignment target", n.line)

    def seq_items(self, elts: list[Node]):
        """Compile display items; returns a function building a list (handles *x)."""
        if not any(e.kind == "Starred" for e in elts):
            items = [self.expr(e) for e in elts]
            if len(items) == 1:
                a, = items
                return lambda f: [a(f)]
            if len(items) == 2:
                a, b = items
                return lambda f: [a(f), b(f)]
            return lambda f: [x(f) for x in items]
        parts = [(e.kind == "Starred", self.expr(e.value if e.kind == "Starred" else e)) for e in elts]

        def ev(f):
            out = []
            for star, x in parts:
                if star:
                    out.extend(x(f))
                else:
                    out.append(x(f))
            return out
        return ev

    def e_Tuple(self, n):
        if not n.elts:
            return lambda f: ()
        items = self.seq_items(n.elts)
        if all(e.kind == "Const" for e in n.elts):
            v = tuple(e.value for e in n.elts)
            return lambda f: v
        return lambda f: tuple(items(f))

    def e_List(self, n):
        if not n.elts:
            return lambda f: []
        items = self.seq_items(n.elts)

        def ev(f):
            check_heap_unlocked()
            return items(f)
        return ev

    def e_Set(self, n):
        items = self.seq_items(n.elts)

        def ev(f):
            check_heap_unlocked()
            return set(items(f))
        return ev

    def e_Dict(self, n):
        pairs = [(self.expr(k) if k is not None else None, self.expr(v)) for k, v in zip(n.keys, n.values)]

        def ev(f):
            check_heap_unlocked()
            d = {}
            for k, v in pairs:
                if k is None:
                    d.update(v(f))
                else:
                    d[k(f)] = v(f)
            return d
        return ev

    def e_FString(self, n):
        parts = []
        for p in n.parts:
            if isinstance(p, str):
                parts.append(p)
            else:
                _, e, conv, spec, _text = p
                ev = self.expr(e)
                specf = self.e_FString(Node("FString", n.line, parts=spec)) if spec else None
                parts.append((ev, conv, specf))

        mpr = bool(self.interp.profile)

        def ev(f):
            out = []
            for p in parts:
                if type(p) is str:
                    out.append(p)
                    continue
                e, conv, specf = p
                v = e(f)
                if mpr:
                    v = shown(v)
                if conv == "r":
                    v = repr(v) if not mpr else mp_repr(v.v if type(v) is Shown else v)
                elif conv == "s":
                    v = str(v)
                elif conv == "a":
                    v = ascii(v)
                out.append(format(v, specf(f)) if specf else format(v, ""))
            return "".join(out)
        return ev

    def e_TString(self, n):
        spec = lambda parts: self.e_FString(Node("FString", n.line, parts=parts)) if parts else None  # noqa: E731
        return template_maker(n.strings, [(self.expr(e), text, conv, spec(sp)) for e, text, conv, sp in n.fields])

    def e_Call(self, n):
        fn_node = n.func
        if fn_node.kind == "Name" and self.is_global_name(fn_node.id):
            special = self.special_call(n)
            if special is not None:
                return special
        if fn_node.kind == "Attribute" and id(fn_node) not in self.spilled and fn_node.attr not in DENIED_ATTRS and fn_node.attr[:2] != "__" \
                and fn_node.attr not in self.interp.missing_attrs \
                and not (self.interp.profile and fn_node.attr in ATTR_HOOKS):
            obj = self.expr(fn_node.value)
            name = fn_node.attr
            fn = lambda f: getattr(obj(f), name)  # noqa: E731
        else:
            fn = self.expr(fn_node)
        has_star = any(a.kind == "Starred" for a in n.args)
        if not n.keywords and not has_star:
            args = [self.expr(a) for a in n.args]
            k = len(args)
            if k == 0:
                return lambda f: fn(f)()
            if k == 1:
                a, = args
                return lambda f: fn(f)(a(f))
            if k == 2:
                a, b = args
                return lambda f: fn(f)(a(f), b(f))
            if k == 3:
                a, b, c = args
                return lambda f: fn(f)(a(f), b(f), c(f))
            return lambda f: fn(f)(*[x(f) for x in args])
        pos = self.seq_items(n.args) if n.args else (lambda f: ())
        kws = [(k, self.expr(v)) for k, v in n.keywords]
        mpkw = tuple(t for t, d in ((str, "types_str_keywords"), (bytes, "types_bytes_keywords")) if mp(d))
        port = mp("core_call_args")     # py/runtime.c takes keys() of any object, checks each key is a str

        def ev(f):
            func = fn(f)
            a = pos(f)
            kw = {}
            for k, v in kws:
                if k is None:
                    m = v(f)
                    for kk in m.keys() if port or hasattr(m, "keys") else _not_mapping(m):
                        if kk in kw:
                            raise TypeError(f"function got multiple values for argument '{kk}'")
                        if port and type(kk) is not str:
                            raise TypeError(f"can't convert '{type(kk).__name__}' object to str implicitly")
                        kw[kk] = m[kk]
                elif k in kw:       # a keyword repeated: only the port compiles it (core_call_args)
                    raise TypeError(f"function got multiple values for argument '{k}'")
                else:
                    kw[k] = v(f)
            if kw and mpkw and func in mpkw:
                raise NotImplementedError(NO_KW)
            return func(*a, **kw)
        return ev

    def e_Lambda(self, n):
        return self.make_function_expr(n)

    def e_ListComp(self, n):
        return self.comprehension(n)

    e_SetComp = e_DictComp = e_GeneratorExp = e_ListComp


def analyse_source(interp, src: str, mode: str = "exec") -> tuple[list[Node], Scope, dict[int, Scope]]:
    """Lex, parse and analyse the scopes of program source for compile mode exec, single, eval or paste (exec's
    grammar, single's printing); returns (statements, module scope, scope table). An eval source is one
    expression statement."""
    if mode == "eval":
        e = parse_expr(src)
        tree = [Node("Expr", e.line, value=e)]
    else:
        tree = parse(src, single=mode == "single")
    heap = getattr(interp, "heap", None)
    if heap is not None:
        heap.compiled(tree)
    if not mp("core_class_name_mangling"):
        mangle_tree(tree)
    if interp.profile:      # const() is the port's: CPython has no such name
        fold_consts(tree)
    top, table = analyse(tree)
    return tree, top, table


def compile_tree(interp, analysed: tuple, filename: str, g: dict, mode: str = "exec"):
    """Compile analysed source against the globals `g`; returns `run()`, which executes it and returns the
    value of an eval source (None for the other modes)."""
    tree, top, table = analysed
    c = Compiler(interp, filename, g, table)
    c.sc = top
    c.mode = mode
    if mode == "eval":
        body = c.expr(tree[0].value)
        line = tree[0].line
    else:
        body, _ = c.block(tree)
        line = None
    nslots = c.nslots
    frame_file = None if c.emit == "native" else filename

    def run():
        f = [None] * (nslots + 1)
        try:
            v = body(f)
        except BaseException as e:
            if line is not None:
                e = note(e, line)
            push_frame(e, frame_file, "<module>")
            raise e
        return v if line is not None else None
    return run


def _not_mapping(m):
    raise TypeError("argument after ** must be a mapping")
