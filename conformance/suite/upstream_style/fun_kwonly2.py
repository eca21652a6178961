def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=4, b=5), f(a=0, b=0))
def g(*args, k, **kw):
    return args, k, sorted(kw)
print(g(1, 2, k=3), g(k=4, z=5))
try:
    f(1, 2)
except TypeError:
    print("TypeError")
try:
    g(1)
except TypeError:
    print("TypeError")
def h(a, *, b=lambda: "default"):
    return b()
print(h(1), h(1, b=lambda: "given"))
