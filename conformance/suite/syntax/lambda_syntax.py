# lambda syntax: defaults, star args, keyword-only, immediately invoked
f = lambda a, b=2, *c, d=4, **e: (a, b, c, d, sorted(e))
print(f(1), f(1, 3, 5, d=6, z=7))
print((lambda: "iife")())
g = lambda x: (lambda y: x * y)
print(g(3)(4))
