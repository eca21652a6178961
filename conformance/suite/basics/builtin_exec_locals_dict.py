# exec/eval with separate globals and locals: assignments go to locals, lookups fall back to globals.
g = {"base": 10}
l = {}
exec("x = base + 1\ny = x * 2", g, l)
print(sorted(l.items()), "x" in g)
print(eval("x + y + base", g, l))
exec("import math as m", g, l)
print("m" in l, "m" in g)
exec("z = 5", g)
print(g["z"])
print(eval("sorted(k for k in locals() if k != '__builtins__')", {}, {"a": 1, "b": 2}))
