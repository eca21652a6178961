f = lambda: 1
print(f())
g = lambda x, y=2: x + y
print(g(1), g(1, 3))
h = lambda *a, **k: (a, sorted(k))
print(h(1, 2, a=3))
print((lambda x: (lambda y: x * y))(3)(4))
print(sorted([3, 1, 2], key=lambda x: -x))
print(list(map(lambda x: x if x else "zero", [0, 1])))
k = lambda *, a: a
print(k(a=5))
try:
    g()
except TypeError:
    print("TypeError")
