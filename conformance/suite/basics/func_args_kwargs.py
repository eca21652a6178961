# positional, default, *args and **kwargs parameters
def f(a, b=2, *args, **kw):
    return a, b, args, sorted(kw.items())
print(f(1))
print(f(1, 3, 4, 5, x=6, y=7))
print(f(b=9, a=8))
print(f(*[1, 2, 3], **{"z": 0}))
