# * and ** unpacking in calls, several times
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1], *(2, 3), **{"a": 1}, **{"b": 2}))
print(f(0, *range(2), x=1, **dict(y=2)))
