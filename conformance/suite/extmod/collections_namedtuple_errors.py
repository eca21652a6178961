# mpconform: features=module:collections

from collections import namedtuple
P = namedtuple("P", "x y")
try:
    P(1)
except TypeError:
    print("TypeError missing")
p = P(1, 2)
try:
    p.x = 5
except AttributeError:
    print("AttributeError immutable")
try:
    p.z
except AttributeError:
    print("AttributeError unknown")
