# mpconform: features=module:collections

from collections import namedtuple
Point = namedtuple("Point", ("x", "y"))
p = Point(1, 2)
print(p)
print(p.x, p.y, p[0], p[1], len(p))
print(p == (1, 2), isinstance(p, tuple))
x, y = p
print(x + y)
