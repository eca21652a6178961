"""Warms a long-lived process (the fork worker) so that each program forked from it starts hot."""
from __future__ import annotations

__all__ = ["prime"]

import gc
import io

# Touches what generated and conformance programs use most: every front-end path (names, numbers, string
# prefixes, operators, indentation), the closure compiler's common nodes, and the runtime's common types.
# CPython 3.11 specialises bytecode only after a function has run a few times; doing that here, once, saves
# each forked child both the specialising and the copy-on-write faults of writing the specialised code.
_PROGRAM = r'''
import math
v1 = ['z- .', 'bc', '0y', r'a\b', b'x\x01'.hex(), f'{1 + 2:>4}|{"s"!r}']
print(v1, (([-30, 5] * 2) * 2), 0x1F, 0o17, 0b101, 1_000, 2.5e-3, 10 ** 20 // 7, -7 % 3, 1 << 65 >> 3)
class K:
    tag = 'K'
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
    def __repr__(self):
        return 'K(%d, %r)' % (self.a, self.b)
    def __eq__(self, o):
        return self.a == o.a and self.b == o.b
    def __len__(self):
        return self.a
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('exit', exc[0] is None)
class L(K):
    def score(self, k=1, *r, **kw):
        return super().__len__() * k + len(r) + len(kw)
o = L(3, 'xy')
print(o == K(3, 'xy'), hasattr(o, 'c'), getattr(o, 'zz', 'no'), o.score(2, 3, z=1), repr(o), len(o))
with o as w:
    print(w.a)
v = [i % 6 for i in range(9) if i & 1] + sorted([-18, -9], reverse=True)
d = {k: str(k) for k in v}
s = {x for x in v}
v += v[-1:-5:-1]
print(v, d, s, tuple(v), list(d.items()), sum(v), min(v), max(v), abs(-2), sorted(s))
def gen(n):
    for i in range(n):
        yield i * i
def f(p=4, *r, q=None):
    w = 0
    while w < 3:
        w += 1
        t = math.sin(29.0) % -(abs(sum(x * -5 for x in v if x != 9)) + 0.5)
        print('%.4f %s %5.2f' % (t, str(True), 1.5), '{} {:x}'.format(w, 255), 'a,b'.split(','))
    def inner(z):
        nonlocal w
        w += z
        return lambda: w
    return inner(p)(), list(gen(4)), [c.upper() for c in 'abc'], ' '.join(map(str, r)), q
print(f(), f(1, 2, 3, q=4))
for e in (ValueError('v'), KeyError(1), ZeroDivisionError):
    try:
        try:
            raise e
        finally:
            pass
    except (ValueError, KeyError) as x:
        print(type(x).__name__, x)
    except Exception as x:
        print('other', repr(x))
    else:
        print('none')
try:
    {}['k']
except KeyError:
    print('key')
print(isinstance(o, K), 1 if o else 0, not o, o is not None and 2 in [1, 2], 3 < 4 <= 5, 'ab' * 2, 'x' in 'xy')
'''


def prime(runs: int = 12) -> None:
    """Run a representative program a few times (its output discarded), then freeze the heap for gc so that
    collections in forked children neither walk nor dirty the worker's objects."""
    from .cli import run_program
    for _ in range(runs):
        run_program(code=_PROGRAM, stdout=io.StringIO(), stderr=io.StringIO())
    gc.collect()
    gc.freeze()
