# eval and exec with explicit globals and locals dictionaries.
g = {"a": 1}
l = {"b": 2}
print(eval("a + b", g, l))
print(eval("a", None, {"a": 3}) if False else eval("a", {"a": 3}))
exec("c = a * 10", g, l)
print(sorted(l), "c" in g)
exec("d = 4", g)
print(g["d"])
exec("def f():\n    return a + 100", g)
print(g["f"]())
print(eval("len('abc')", {}))
print(eval("[x * 2 for x in range(3)]", {}))
try:
    eval("undefined_name", {})
except NameError:
    print("NameError")
