from collections import namedtuple
P = namedtuple("P", ["x", "y"])
p = P(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), p == (1, 2))
print(P(x=3, y=4), P(5, y=6))
a, b = p
print(a, b, isinstance(p, tuple), type(p).__name__)
print(p._replace(x=10), p._fields, p._asdict()["y"] if hasattr(p, "_asdict") else 2)
Q = namedtuple("Q", "a b c")
print(Q(1, 2, 3))
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    P(1)
except TypeError:
    print("TypeError")
print(p[:1], p + (3,))
