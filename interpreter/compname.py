"""Compiler, names part: loading, storing and deleting names, attributes, subscripts and unpacking targets."""
from __future__ import annotations

__all__ = ["NameMixin"]

from .attrs import NO_ATTR_TYPES, check_store_attr
from .lexer import MpSyntaxError
from .node import Node
from .objslice import check_step, host_key
from .runtime import DENIED_ATTRS, UNBOUND, State, check_attr, mp, not_implemented


class NameMixin:
    """Where a name lives (fast slot, cell, global, builtin) and the closures that read or write it."""

    def name_kind(self, name: str) -> tuple[str, int]:
        sc = self.sc
        if sc.kind == "module":
            return "global", 0
        if name in sc.globals:
            return "global", 0
        if sc.kind == "class":
            if name in sc.nonlocals:
                return "cell", self.slots[name]
            if name in sc.assigned or name not in self.slots:
                # a name the body binds is read from the namespace, then the globals (a free variable only
                # passing through the class to its methods is not the body's)
                return "classns", self.slots[name] if name in sc.free and name not in sc.assigned else 0
            return "cell", self.slots[name]
        if name in self.slots:
            if name in sc.cells or name in sc.free:
                return "cell", self.slots[name]
            return "local", self.slots[name]
        return "global", 0

    def is_global_name(self, name: str) -> bool:
        """Whether a name read here is the module's or a builtin (a class body looks in its namespace first,
        where a name it never binds can only be put by the program's own trickery)."""
        kind = self.name_kind(name)[0]
        return kind == "global" or kind == "classns" and name not in self.sc.assigned and name not in self.slots

    def load_name(self, name: str):
        kind, i = self.name_kind(name)
        g, B = self.g, self.B
        if kind == "local":
            if name in self.sc.params and name not in self.sc.deleted:
                return lambda f: f[i]   # parameters are always bound unless deleted

            def ev(f):
                v = f[i]
                if v is UNBOUND:
                    raise _unbound(name)
                return v
            return ev
        if kind == "cell":
            def ev(f):
                v = f[i].v
                if v is UNBOUND:
                    raise _unbound(name) if name not in self.sc.free else NameError(
                        f"free variable '{name}' referenced before assignment")
                return v
            return ev
        if kind == "classns":
            def ev(f):
                ns = f[1]
                if name in ns:
                    return ns[name]
                if i:
                    v = f[i].v
                    if v is not UNBOUND:
                        return v
                if name in g:
                    return g[name]
                if name in B:
                    return B[name]
                raise _name_error(name)
            return ev

        def ev(f):
            try:
                return g[name]
            except KeyError:
                pass
            try:
                return B[name]
            except KeyError:
                raise _name_error(name) from None
        return ev

    def store_name(self, name: str):
        kind, i = self.name_kind(name)
        g = self.g
        if kind == "local":
            def st(f, v):
                f[i] = v
        elif kind == "cell":
            def st(f, v):
                f[i].v = v
        elif kind == "classns":
            def st(f, v):
                f[1][name] = v
        else:
            def st(f, v):
                g[name] = v
        return st

    def del_name(self, name: str):
        kind, i = self.name_kind(name)
        g = self.g

        def dl(f):
            if kind == "local":
                if f[i] is UNBOUND:
                    raise _unbound(name)
                f[i] = UNBOUND
            elif kind == "cell":
                if f[i].v is UNBOUND:
                    raise _unbound(name)
                f[i].v = UNBOUND
            else:
                ns = f[1] if kind == "classns" else g
                if name not in ns:
                    raise _name_error(name)
                del ns[name]
        return dl

    # ---- targets
    def store(self, t: Node):
        """Compile an assignment target into `st(frame, value)`."""
        k = t.kind
        if k == "Name":
            return self.store_name(t.id)
        if k == "Attribute":
            obj = self.expr(t.value)
            name = t.attr
            check_attr(name) if name in ("__dict__",) else None

            if name in DENIED_ATTRS:
                def st(f, v):
                    check_attr(name)
            elif self.interp.profile:
                def st(f, v):
                    o = obj(f)
                    if type(o) in NO_ATTR_TYPES:
                        check_store_attr(o, name)
                    setattr(o, name, v)
            else:
                def st(f, v):
                    setattr(obj(f), name, v)
            return st
        if k == "Subscript":
            obj = self.expr(t.value)
            idx = self.index(t.index)

            def st(f, v):
                obj(f)[idx(f)] = v
            if self.may_hold_slice(t.index):
                def st(f, v):
                    o = obj(f)
                    k = idx(f)
                    try:
                        o[k] = v
                        return
                    except TypeError:
                        k = host_key(o, k, "__setitem__")
                        if k is None:
                            raise
                    o[k] = v
            if t.index.kind == "Slice" and t.index.step is not None and self.interp.profile:
                def st(f, v):
                    o = obj(f)
                    s = idx(f)
                    check_step(o, s, True)
                    o[s] = v
            return st
        if k in ("Tuple", "List"):
            subs = [self.store(e.value if e.kind == "Starred" else e) for e in t.elts]
            star = next((j for j, e in enumerate(t.elts) if e.kind == "Starred"), -1)
            n = len(subs)
            if star < 0:
                if n == 2:
                    s0, s1 = subs

                    def st(f, v):
                        if type(v) is tuple and len(v) == 2:
                            a, b = v
                        else:
                            a, b = _unpack(v, 2)
                        s0(f, a)
                        s1(f, b)
                    return st

                def st(f, v):
                    vals = _unpack(v, n)
                    for s, x in zip(subs, vals):
                        s(f, x)
                return st
            after = n - star - 1

            def st(f, v):
                vals = list(v)
                if len(vals) < n - 1:
                    raise ValueError(f"need more than {len(vals)} values to unpack" if State.mp_messages else
                                     f"not enough values to unpack (expected at least {n - 1}, got {len(vals)})")
                for j in range(star):
                    subs[j](f, vals[j])
                subs[star](f, vals[star:len(vals) - after])
                for j in range(after):
                    subs[star + 1 + j](f, vals[len(vals) - after + j])
            return st
        raise MpSyntaxError("can't assign to expression", t.line)

    def delete(self, t: Node):
        k = t.kind
        if k == "Name":
            return self.del_name(t.id)
        if k == "Attribute":
            obj = self.expr(t.value)
            name = t.attr

            def dl(f):
                check_attr(name)
                delattr(obj(f), name)
            return dl
        if k == "Subscript":
            obj = self.expr(t.value)
            idx = self.index(t.index)

            def dl(f):
                del obj(f)[idx(f)]
            if self.may_hold_slice(t.index):
                def dl(f):
                    o = obj(f)
                    k = idx(f)
                    try:
                        del o[k]
                        return
                    except TypeError:
                        k = host_key(o, k, "__delitem__")
                        if k is None:
                            raise
                    del o[k]
            if t.index.kind == "Slice" and t.index.step is not None and mp("types_list_delete_subscrstep"):
                def dl(f):
                    o = obj(f)
                    s = idx(f)
                    if type(o) is list and s.step is not None and s.step != 1:
                        raise not_implemented()
                    del o[s]
            return dl
        if k in ("Tuple", "List"):
            subs = [self.delete(e) for e in t.elts]

            def dl(f):
                for s in subs:
                    s(f)
            return dl
        raise MpSyntaxError("can't delete expression", t.line)


def _unpack(v, n: int) -> list:
    vals = list(v) if type(v) is not list else v
    if len(vals) != n:
        if len(vals) > n:
            raise ValueError(f"too many values to unpack (expected {n})")
        raise ValueError(f"need more than {len(vals)} values to unpack" if State.mp_messages else
                         f"not enough values to unpack (expected {n}, got {len(vals)})")
    return vals


def _name_error(name: str) -> NameError:
    if State.mp_messages:
        return NameError(f"name '{name}' isn't defined")
    return NameError(f"name '{name}' is not defined")


def _unbound(name: str) -> NameError:
    if State.mp_messages:
        return NameError("local variable referenced before assignment")
    return UnboundLocalError(f"cannot access local variable '{name}' where it is not associated with a value")
