"""Compiler, exception statements part: try/except/else/finally and with, plain and inside generators."""
from __future__ import annotations

__all__ = ["TryMixin", "raise_current", "await_iter"]

from .node import Node
from .runtime import RERAISED, State, push_frame


def await_iter(v):
    """The iterator `await v` delegates to."""
    if type(v).__name__ == "generator":
        return v
    m = getattr(type(v), "__await__", None)
    if m is None:
        m = getattr(type(v), "__iter__", None)
        if m is None:
            raise TypeError(f"'{type(v).__name__}' object isn't awaitable" if State.mp_messages else
                            f"object {type(v).__name__} can't be used in 'await' expression")
    return m(v)


class TryMixin:
    """Statement compilers for try and with; mixed into the compiler beside StmtMixin."""

    def s_Try(self, n):
        body, gb = self.block(n.body)
        handlers = []
        anyg = gb
        for h in n.handlers:
            typ = self.expr(h.type) if h.type is not None else None
            st = self.store_name(h.name) if h.name else None
            dl = self.del_name(h.name) if h.name else None
            hb, g = self.block(h.body)
            anyg = anyg or g
            handlers.append((typ, st, dl, hb, g))
        orelse, go = self.block(n.orelse) if n.orelse else (None, False)
        final, gf = self.block(n.final) if n.final else (None, False)
        if anyg or go or gf:
            return self._gen_try(body, gb, handlers, orelse, go, final, gf), True
        caught = self.catcher()

        def run_handlers(f, e):
            for typ, st, dl, hb, _ in handlers:
                if typ is None or isinstance(e, _exc_match(typ(f))):
                    caught(e)
                    try:
                        if st is not None:
                            st(f, e)
                        return hb(f)
                    finally:
                        _leave_handler(f, dl)
            raise e

        if final is None:
            def run(f):
                try:
                    r = body(f)
                except BaseException as e:
                    return run_handlers(f, e)
                if orelse is not None:
                    return orelse(f)
                return r
            return run
        if not handlers:
            def run(f):
                try:
                    r = body(f)
                finally:
                    r2 = final(f)
                    if r2 is not None:
                        return r2
                return r
            return run

        def run(f):
            try:
                try:
                    r = body(f)
                except BaseException as e:
                    r = run_handlers(f, e)
                else:
                    if orelse is not None:
                        r = orelse(f)
            finally:
                r2 = final(f)
                if r2 is not None:
                    return r2
            return r
        return run

    def catcher(self):
        """What entering an except clause does: the frame that catches the exception joins its traceback (the
        port records it there, before looking for a handler), and sys.exc_info() reports it."""
        filename, sc = self.filename, self.sc
        name = "<module>" if sc.kind == "module" else sc.name

        def caught(e):
            push_frame(e, filename, name)
            State.handled = e
        return caught

    def _gen_try(self, body, gb, handlers, orelse, go, final, gf):
        body = self.as_gen(body, gb)
        handlers = [(t, st, dl, self.as_gen(hb, g)) for t, st, dl, hb, g in handlers]
        orelse = self.as_gen(orelse, go) if orelse else None
        final = self.as_gen(final, gf) if final else None
        caught = self.catcher()

        def run(f):
            try:
                try:
                    r = yield from body(f)
                except BaseException as e:
                    for typ, st, dl, hb in handlers:
                        if typ is None or isinstance(e, _exc_match(typ(f))):
                            caught(e)
                            try:
                                if st is not None:
                                    st(f, e)
                                r = yield from hb(f)
                            finally:
                                _leave_handler(f, dl)
                            break
                    else:
                        raise
                else:
                    if orelse is not None:
                        r = yield from orelse(f)
            finally:
                if final is not None:
                    r2 = yield from final(f)
                    if r2 is not None:
                        return r2
            return r
        return run

    def s_With(self, n):
        if len(n.items) > 1:
            inner = Node("With", n.line, items=n.items[1:], body=n.body, is_async=n.is_async)
            nested = Node("With", n.line, items=n.items[:1], body=[inner], is_async=n.is_async)
            return self.s_With(nested)
        (e, t), = n.items
        pre, mgr_ev = self.gexpr(e)
        st = self.store(t) if t is not None else None
        body, gb = self.block(n.body)
        if n.is_async:
            self.check_async(n)
            body = self.as_gen(body, gb)

            def run(f):
                m = mgr_ev(f)
                tm = type(m)
                aexit = tm.__aexit__
                v = yield from await_iter(tm.__aenter__(m))
                if st is not None:
                    st(f, v)
                try:
                    r = yield from body(f)
                except BaseException as ex:
                    if not (yield from await_iter(aexit(m, type(ex), ex, None))):
                        raise
                    return None
                yield from await_iter(aexit(m, None, None, None))
                return r
            return run, True
        if pre or gb:
            body = self.as_gen(body, gb)

            def run(f):
                if pre:
                    yield from pre(f)
                m = mgr_ev(f)
                ex_fn, v = _enter(m)
                if st is not None:
                    st(f, v)
                try:
                    r = yield from body(f)
                except BaseException as ex:
                    if not ex_fn(m, type(ex), ex, None):
                        raise
                    return None
                ex_fn(m, None, None, None)
                return r
            return run, True

        def run(f):
            m = mgr_ev(f)
            ex_fn, v = _enter(m)
            if st is not None:
                st(f, v)
            try:
                r = body(f)
            except BaseException as ex:
                if not ex_fn(m, type(ex), ex, None):
                    raise
                return None
            ex_fn(m, None, None, None)
            return r
        return run


def _enter(m):
    tm = type(m)
    try:
        ex_fn = tm.__exit__
        en = tm.__enter__
    except AttributeError:
        raise AttributeError(f"'{tm.__name__}' object has no attribute '__exit__'") from None
    return ex_fn, en(m)


def _leave_handler(f, dl) -> None:
    """Leaving an except clause: sys.exc_info() reports nothing again, and the `as` name is deleted."""
    State.handled = None
    if dl is not None:
        try:
            dl(f)
        except NameError:
            pass


def _exc_match(t):
    if isinstance(t, type) and issubclass(t, BaseException):
        return t
    if isinstance(t, tuple):
        for x in t:
            _exc_match(x)
        return t
    raise TypeError("catching classes that do not inherit from BaseException is not allowed")


def raise_current():
    import sys
    e = sys.exc_info()[1]
    if e is None:
        raise RuntimeError("no active exception to reraise")
    e.__dict__["_mp_line"] = RERAISED
    raise e
