def f(*a):
    return type(a).__name__, a
print(f(), f(1), f(1, 2))
def g(x, *a):
    return x, a
print(g(1), g(1, 2, 3))
def h(x, y=2, *a, z=3, **k):
    return x, y, a, z, sorted(k.items())
print(h(1), h(1, 5, 6, 7, z=8, w=9))
print((lambda *a, **k: (a, k))(1, q=2))
