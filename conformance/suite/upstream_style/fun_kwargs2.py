def f(**kw):
    return sorted(kw.items())
print(f(), f(a=1), f(b=2, a=1))
def g(a, **kw):
    return a, sorted(kw)
print(g(1, x=2), g(a=3, y=4))
def h(*, a, b=2):
    return a, b
print(h(a=1), h(b=3, a=4))
try:
    h(1)
except TypeError:
    print("TypeError")
try:
    h()
except TypeError:
    print("TypeError")
