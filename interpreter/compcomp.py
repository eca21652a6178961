"""Compiler, comprehensions part: list/set/dict comprehensions and generator expressions in their own scope."""
from __future__ import annotations

__all__ = ["CompMixin"]

from .comphoist import YIELD_FROM, awaits_inside, make_pre
from .node import Node
from .runtime import Cell


class CompMixin:
    """Comprehensions run in a frame of their own, holding the iterator as slot 1 and their loop variables."""

    def comprehension(self, n: Node):
        if self.hoist is not None and awaits_inside(n):
            return self.awaiting_comprehension(n)
        first_iter = self.expr(n.gens[0][1])
        saved = self._enter_scope(n)
        sc = self.sc
        try:
            loops = []
            for k, (target, it, ifs, is_async) in enumerate(n.gens):
                itf = self.expr(it) if k else None
                st = self.store(target)
                local_i = self.slots[target.id] if target.kind == "Name" and target.id not in sc.cells else 0
                conds = [self.expr(c) for c in ifs]
                loops.append((itf, st, local_i, conds))
            if n.kind == "DictComp":
                kev, vev = self.expr(n.key), self.expr(n.value)
                elt = None
            else:
                elt = self.expr(n.elt)
            slots, nslots = self.slots, self.nslots
        finally:
            self._leave_scope(saved)
        tail, cell_slots, free_names, free_slots = self._layout(sc, slots, nslots)
        free_src = self._free_sources(free_names)
        kind = n.kind

        def frame(f):
            fr = [None, iter(first_iter(f)), *tail]
            for i in cell_slots:
                fr[i] = Cell(fr[i])
            for i, s in zip(free_slots, free_src):
                fr[i] = f[s]
            return fr

        if kind == "GeneratorExp":
            def gen(fr, k=0):
                itf, st, li, conds = loops[k]
                last = k == len(loops) - 1
                for v in (fr[1] if k == 0 else itf(fr)):
                    st(fr, v)
                    if conds and not all(c(fr) for c in conds):
                        continue
                    if last:
                        yield elt(fr)
                    else:
                        yield from gen(fr, k + 1)

            def ev(f):
                g = gen(frame(f))
                g.__name__ = g.__qualname__ = "<genexpr>"
                return g
            return ev

        if len(loops) == 1 and loops[0][2] and kind == "ListComp":
            _, _, i, conds = loops[0]
            if not conds:
                return lambda f: (lambda fr: [elt(fr) for fr[i] in fr[1]])(frame(f))
            if len(conds) == 1:
                c, = conds
                return lambda f: (lambda fr: [elt(fr) for fr[i] in fr[1] if c(fr)])(frame(f))

        def fill(fr, k, add):
            itf, st, li, conds = loops[k]
            last = k == len(loops) - 1
            for v in (fr[1] if k == 0 else itf(fr)):
                st(fr, v)
                if conds and not all(c(fr) for c in conds):
                    continue
                if last:
                    add(fr)
                else:
                    fill(fr, k + 1, add)

        if kind == "ListComp":
            def ev(f):
                out = []
                app = out.append
                fill(frame(f), 0, lambda fr: app(elt(fr)))
                return out
        elif kind == "SetComp":
            def ev(f):
                out = set()
                fill(frame(f), 0, lambda fr: out.add(elt(fr)))
                return out
        else:
            def ev(f):
                out = {}

                def add(fr):
                    out[kev(fr)] = vev(fr)
                fill(frame(f), 0, add)
                return out
        return ev


    def awaiting_comprehension(self, n: Node):
        """A list/set/dict comprehension awaiting in its body (CPython semantics): a generator the enclosing
        coroutine statement delegates to (yield from), which returns the finished container."""
        first_iter = self.expr(n.gens[0][1])
        saved = self._enter_scope(n)
        sc = self.sc
        try:
            loops = []
            for k, (target, it, ifs, is_async) in enumerate(n.gens):
                loops.append((self.expr(it) if k else None, self.store(target),
                              [_hoisting(self, c) for c in ifs]))
            parts = [_hoisting(self, x) for x in ((n.key, n.value) if n.kind == "DictComp" else (n.elt,))]
            slots, nslots = self.slots, self.nslots
        finally:
            self._leave_scope(saved)
        tail, cell_slots, free_names, free_slots = self._layout(sc, slots, nslots)
        free_src = self._free_sources(free_names)
        kind, last = n.kind, len(loops) - 1

        def fill(fr, k, out):
            itf, st, conds = loops[k]
            for v in (fr[1] if k == 0 else itf(fr)):
                st(fr, v)
                ok = True
                for pre, c in conds:
                    if pre is not None:
                        yield from pre(fr)
                    if not c(fr):
                        ok = False
                        break
                if not ok:
                    continue
                if k < last:
                    yield from fill(fr, k + 1, out)
                    continue
                vals = []
                for pre, ev in parts:
                    if pre is not None:
                        yield from pre(fr)
                    vals.append(ev(fr))
                if kind == "ListComp":
                    out.append(vals[0])
                elif kind == "SetComp":
                    out.add(vals[0])
                else:
                    out[vals[0]] = vals[1]

        def run(f):
            fr = [None, iter(first_iter(f)), *tail]
            for i in cell_slots:
                fr[i] = Cell(fr[i])
            for i, s in zip(free_slots, free_src):
                fr[i] = f[s]
            out = [] if kind == "ListComp" else set() if kind == "SetComp" else {}
            yield from fill(fr, 0, out)
            return out
        slot = self.new_slot()
        self.hoist.append((slot, YIELD_FROM, run))
        return lambda f: f[slot]


def _hoisting(self, x):
    """Compile expression x in a comprehension scope, its awaits hoisted: (pre-generator or None, ev)."""
    self.hoist = []
    try:
        ev = self.expr(x)
        return (make_pre(self.hoist) if self.hoist else None), ev
    finally:
        self.hoist = None
