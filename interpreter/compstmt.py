"""Compiler, statements part: blocks return None, BREAK, CONTINUE or RETURN (value in frame[0])."""
from __future__ import annotations

__all__ = ["StmtMixin"]

import operator as op

from .comphoist import has_yield
from .comptry import await_iter, raise_current
from .lexer import MpSyntaxError
from .match import compile_match
from .node import Node
from .parse_const import folded_constant
from .runtime import BREAK, CONTINUE, RETURN, UNBOUND, State, check_attr, mp, note

_INPLACE = {"+": op.iadd, "-": op.isub, "*": op.imul, "/": op.itruediv, "//": op.ifloordiv, "%": op.imod,
            "**": op.ipow, "<<": op.ilshift, ">>": op.irshift, "&": op.iand, "|": op.ior, "^": op.ixor,
            "@": op.imatmul}


class StmtMixin:
    # ---- blocks
    def block(self, stmts: list[Node]):
        """Compile a statement list; returns (closure, is_generator_closure)."""
        items = []
        for s in stmts:
            c, g = self.stmt(s)
            if c is not None:
                items.append((c, g, s.line))
        if any(g for _, g, _ in items):
            return self._gen_block(items), True
        fns = [c for c, _, _ in items]
        lines = [ln for _, _, ln in items]
        if not fns:
            return (lambda f: None), False
        if len(fns) == 1:
            s0, = fns
            l0, = lines

            def run(f):
                try:
                    return s0(f)
                except BaseException as e:
                    raise note(e, l0)
            return run, False
        if len(fns) == 2:
            s0, s1 = fns
            l0, l1 = lines

            def run(f):
                try:
                    r = s0(f)
                except BaseException as e:
                    raise note(e, l0)
                if r is not None:
                    return r
                try:
                    return s1(f)
                except BaseException as e:
                    raise note(e, l1)
            return run, False

        def run(f):
            i = 0
            try:
                for s in fns:
                    r = s(f)
                    if r is not None:
                        return r
                    i += 1
            except BaseException as e:
                raise note(e, lines[i])
        return run, False

    def _gen_block(self, items):
        def run(f):
            line = 0
            try:
                for s, g, line in items:
                    if g:
                        r = yield from s(f)
                    else:
                        r = s(f)
                    if r is not None:
                        return r
            except BaseException as e:
                raise note(e, line)
        return run

    def as_gen(self, c, g):
        """Adapt a plain closure to the generator protocol of a gen block."""
        if g:
            return c

        def run(f):
            return c(f)
            yield  # noqa: unreachable, makes this a generator
        return run

    def stmt(self, n: Node):
        k = n.kind
        if self.viper is not None:
            own = self.viper_stmt(n)
            if own is not None:
                return own, False
        if self.gen_mode() and k not in ("If", "While", "For", "Try", "With", "FunctionDef", "ClassDef", "Match") \
                and has_yield(n):
            pre, plain = self.with_prelude(getattr(self, "s_" + k), n)

            def run(f):
                yield from pre(f)
                return plain(f)
            return run, True
        m = getattr(self, "s_" + k)
        r = m(n)
        if isinstance(r, tuple):
            return r
        return r, False

    # ---- simple statements
    def s_Expr(self, n):
        if self.mode == "paste" and folded_constant(n.value) or self.mode == "exec" and n.value.kind == "Const":
            return None     # a lonely constant: the port's parser drops it (in exec mode only speed can tell)
        v = self.expr(n.value)
        if self.mode in ("single", "paste") and self.sc.kind == "module":
            show = self.B["__repl_print__"]     # the REPL prints what the statement computes

            def run(f):
                show(v(f))
            return run

        def run(f):
            v(f)
        return run

    def s_Pass(self, n):
        return None

    s_Global = s_Nonlocal = s_Pass

    def s_Break(self, n):
        self._check_in_loop(n, "break")
        return lambda f: BREAK

    def s_Continue(self, n):
        self._check_in_loop(n, "continue")
        return lambda f: CONTINUE

    def _check_in_loop(self, n, what: str) -> None:
        if not self.loop_depth:
            raise MpSyntaxError("'break'/'continue' outside loop" if State.mp_messages else
                                f"'{what}' outside loop", n.line)

    def s_Return(self, n):
        if n.value is None:
            return lambda f: RETURN
        v = self.expr(n.value)

        def run(f):
            f[0] = v(f)
            return RETURN
        return run

    def s_Assign(self, n):
        v = self.expr(n.value)
        if len(n.targets) == 1:
            t = n.targets[0]
            if t.kind == "Name":
                kind, i = self.name_kind(t.id)
                if kind == "local":
                    def run(f):
                        f[i] = v(f)
                    return run
            st = self.store(t)

            def run(f):
                st(f, v(f))
            return run
        sts = [self.store(t) for t in n.targets]

        def run(f):
            x = v(f)
            for st in sts:
                st(f, x)
        return run

    def s_AnnAssign(self, n):
        if n.value is None:
            return None
        return self.s_Assign(Node("Assign", n.line, targets=[n.target], value=n.value))

    def s_AugAssign(self, n):
        fn = _INPLACE[n.op]
        v = self.expr(n.value)
        t = n.target
        if t.kind == "Name":
            ld, st = self.load_name(t.id), self.store_name(t.id)
            kind, i = self.name_kind(t.id)
            if kind == "local" and n.op in ("+", "-"):
                plus = n.op == "+"

                def run(f):
                    x = f[i]
                    if x is UNBOUND:
                        ld(f)
                    y = v(f)
                    if type(x) is int and type(y) is int:
                        f[i] = x + y if plus else x - y
                    else:
                        f[i] = fn(x, y)
                return run
            if n.op == "*":
                guard = self.interp.alloc_guard

                def run(f):
                    a = ld(f)
                    b = v(f)
                    if type(b) is int and type(a) in (str, bytes, list, tuple, bytearray):
                        guard(a, b)
                    st(f, fn(a, b))
                return run

            def run(f):
                st(f, fn(ld(f), v(f)))
            return run
        if t.kind == "Attribute":
            obj = self.expr(t.value)
            name = t.attr
            check_attr(name) if name in ("__class__",) else None

            def run(f):
                o = obj(f)
                setattr(o, name, fn(getattr(o, name), v(f)))
            return run
        obj = self.expr(t.value)
        idx = self.index(t.index)

        def run(f):
            o = obj(f)
            k = idx(f)
            o[k] = fn(o[k], v(f))
        return run

    def s_Del(self, n):
        dels = [self.delete(t) for t in n.targets]

        def run(f):
            for d in dels:
                d(f)
        return run

    def s_Assert(self, n):
        t = self.expr(n.test)
        msg = self.expr(n.msg) if n.msg is not None else None

        def run(f):
            if not t(f):
                raise AssertionError(msg(f)) if msg else AssertionError()
        return run

    def s_Raise(self, n):
        if n.exc is None:
            def run(f):
                raise_current()
            return run
        exc = self.expr(n.exc)
        cause = self.expr(n.cause) if n.cause is not None else None
        chain_off = mp("core_exception_chaining")
        interp = self.interp

        def run(f):
            e = exc(f)
            if isinstance(e, type) and issubclass(e, BaseException):
                e = e()
            if not isinstance(e, BaseException) or "_mp_unmade" in e.__dict__:
                # an instance whose exception part super().__new__ left unmade is no exception to the port
                raise TypeError("exceptions must derive from BaseException")
            e.__dict__["_mp_line"] = None
            if cause is not None:
                c = cause(f)
                if isinstance(c, type) and issubclass(c, BaseException):
                    c = c()
                elif c is not None and not isinstance(c, BaseException):
                    raise TypeError("exception causes must derive from BaseException")
                if chain_off:
                    if c is not None:
                        interp.stderr.write("Warning: exception chaining not supported\n")
                    raise e
                raise e from c
            raise e
        return run

    def s_Import(self, n):
        interp = self.interp
        g = self.g
        items = []
        for dotted, asname in n.names:
            st = self.store_name(asname or dotted.split(".")[0])
            items.append((dotted, asname, st))

        def run(f):
            for dotted, asname, st in items:
                m = interp.import_module(dotted, g)
                if asname:
                    st(f, m)
                else:
                    st(f, interp.import_module(dotted.split(".")[0], g) if "." in dotted else m)
        return run

    def s_ImportFrom(self, n):
        interp = self.interp
        g = self.g
        mod, level = n.module or "", n.level
        if n.names[0][0] == "*":
            if self.sc.kind != "module":
                raise MpSyntaxError("import * not at module level", n.line)

            def run(f):
                m = interp.import_module(mod, g, level, fromlist=True)
                ns = m.__dict__
                names = ns.get("__all__") or [k for k in ns if not k.startswith("_")]
                for k in names:
                    g[k] = ns[k]
            return run
        items = [(nm, self.store_name(asname or nm)) for nm, asname in n.names]

        def run(f):
            m = interp.import_module(mod, g, level, fromlist=True)
            for nm, st in items:
                try:
                    v = getattr(m, nm)
                except AttributeError:
                    try:
                        v = interp.import_module((mod + "." if mod else "") + nm, g, level)
                    except ImportError:
                        raise ImportError(f"can't import name {nm}" if State.mp_messages else
                                          f"cannot import name '{nm}'") from None
                st(f, v)
        return run

    # ---- compound statements
    def s_Match(self, n):
        return compile_match(self, n)

    def s_If(self, n):
        pre, t = self.gexpr(n.test)
        body, g1 = self.block(n.body)
        orelse, g2 = self.block(n.orelse) if n.orelse else (None, False)
        if pre or g1 or g2:
            body = self.as_gen(body, g1)
            orelse = self.as_gen(orelse, g2) if orelse else None

            def run(f):
                if pre:
                    yield from pre(f)
                if t(f):
                    return (yield from body(f))
                if orelse:
                    return (yield from orelse(f))
            return run, True
        if orelse is None:
            def run(f):
                if t(f):
                    return body(f)
            return run

        def run(f):
            if t(f):
                return body(f)
            return orelse(f)
        return run

    def loop_body(self, stmts):
        self.loop_depth += 1
        try:
            return self.block(stmts)
        finally:
            self.loop_depth -= 1

    def s_While(self, n):
        pre, t = self.gexpr(n.test)
        body, g1 = self.loop_body(n.body)
        orelse, g2 = self.block(n.orelse) if n.orelse else (None, False)
        if pre or g1 or g2:
            body = self.as_gen(body, g1)
            orelse = self.as_gen(orelse, g2) if orelse else None

            def run(f):
                while True:
                    if pre:
                        yield from pre(f)
                    if not t(f):
                        break
                    r = yield from body(f)
                    if r is not None:
                        if r is BREAK:
                            return None
                        if r is not CONTINUE:
                            return r
                if orelse:
                    return (yield from orelse(f))
            return run, True
        if orelse is None:
            def run(f):
                while t(f):
                    r = body(f)
                    if r is not None:
                        if r is BREAK:
                            return None
                        if r is not CONTINUE:
                            return r
            return run

        def run(f):
            while t(f):
                r = body(f)
                if r is not None:
                    if r is BREAK:
                        return None
                    if r is not CONTINUE:
                        return r
            return orelse(f)
        return run

    def s_For(self, n):
        if n.is_async:
            return self.async_for(n)
        pre, it = self.gexpr(n.iter)
        t = n.target
        body, g1 = self.loop_body(n.body)
        orelse, g2 = self.block(n.orelse) if n.orelse else (None, False)
        st = self.store(t)
        if pre or g1 or g2:
            body = self.as_gen(body, g1)
            orelse = self.as_gen(orelse, g2) if orelse else None

            def run(f):
                if pre:
                    yield from pre(f)
                for v in it(f):
                    st(f, v)
                    r = yield from body(f)
                    if r is not None:
                        if r is BREAK:
                            return None
                        if r is not CONTINUE:
                            return r
                if orelse:
                    return (yield from orelse(f))
            return run, True
        kind, i = self.name_kind(t.id) if t.kind == "Name" else ("", 0)
        if kind == "local":
            def run(f):
                for f[i] in it(f):
                    r = body(f)
                    if r is not None:
                        if r is BREAK:
                            return None
                        if r is not CONTINUE:
                            return r
                if orelse:
                    return orelse(f)
            return run

        def run(f):
            for v in it(f):
                st(f, v)
                r = body(f)
                if r is not None:
                    if r is BREAK:
                        return None
                    if r is not CONTINUE:
                        return r
            if orelse:
                return orelse(f)
        return run

    def check_async(self, n):
        """async for and async with belong in the body of an async def."""
        sc = self.sc
        if sc.kind != "function" or not sc.is_async or sc.comp_of is not None:
            what = "for" if n.kind == "For" else "with"
            raise MpSyntaxError("async for/with outside async function" if State.mp_messages else
                                f"'async {what}' outside async function", n.line)

    def async_for(self, n):
        self.check_async(n)
        it = self.expr(n.iter)
        st = self.store(n.target)
        body, g1 = self.loop_body(n.body)
        body = self.as_gen(body, g1)
        orelse, g2 = self.block(n.orelse) if n.orelse else (None, False)
        orelse = self.as_gen(orelse, g2) if orelse else None

        def run(f):
            ait = type(a := it(f)).__aiter__(a)
            while True:
                try:
                    v = yield from await_iter(type(ait).__anext__(ait))
                except StopAsyncIteration:
                    break
                st(f, v)
                r = yield from body(f)
                if r is not None:
                    if r is BREAK:
                        return None
                    if r is not CONTINUE:
                        return r
            if orelse:
                return (yield from orelse(f))
        return run, True
