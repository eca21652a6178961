# mpconform: features=module:collections

from collections import namedtuple
T = namedtuple("T", "a b c")
t = T(3, b=4, c=5)
print(t)
print(t.c, t[2], list(t))
print(T(1, 2, 3) == (1, 2, 3))
