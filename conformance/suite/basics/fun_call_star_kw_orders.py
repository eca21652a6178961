# Calls mixing *args and **kwargs in every order the grammar allows.
def f(*a, **k):
    return a, sorted(k.items())


print(f(1, *[2, 3], 4, *(5,), x=1, **{"y": 2}, z=3, **{"w": 4}))
print(f(*[1], *[2], **{"a": 1}, **{"b": 2}))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(*"ab", **dict(k=1)))
print(f(*range(3), *{}, **{}))
print(f(*[], **{}), f(*(), x=1))
print(f(0, *[1], *[2], *[3], k=1, **{"m": 2}, n=3))


def g(a, b, *c, d, e=5, **f):
    return a, b, c, d, e, sorted(f.items())


print(g(*[1, 2, 3], d=4, **{"e": 6, "z": 0}))
print(g(1, *[2], d=1))
print(g(*[1], **{"b": 2, "d": 3}))
print(g(1, 2, 3, 4, *[5], d=0, **{}))
