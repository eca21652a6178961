def f(a, *args, k=1, **kw):
    def g():
        return a, args, k, sorted(kw)
    return g
print(f(1, 2, 3, k=4, z=5)())
def h(x):
    return lambda y: lambda z: x + y + z
print(h(1)(2)(3))
def shadow():
    x = "outer"
    def inner():
        x = "inner"
        return x
    return inner(), x
print(shadow())
