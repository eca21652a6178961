# lambda with defaults, varargs, conditional expression, nested lambdas
print((lambda: 1)(), (lambda x, y=2: x * y)(3), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda x: "pos" if x > 0 else "nonpos")(-1))
print((lambda x: lambda y: x + y)(1)(2))
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
