g = {}
exec("x = 1\ny = x + 1", g)
print(g["x"], g["y"])
exec("def f(a):\n    return a * 3", g)
print(g["f"](4))
print(exec("1"))
d = {"n": 3}
exec("for i in range(n):\n    print(i)", d)
try:
    exec("def")
except SyntaxError:
    print("SyntaxError")
try:
    exec("raise ValueError('boom')")
except ValueError as e:
    print("ValueError", e)
exec("class K:\n    v = 9", g)
print(g["K"].v)
