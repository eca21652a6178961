# exec runs statements in the given namespace
g = {}
exec("a = 5\ndef f():\n    return a * 2", g)
print(g["a"], g["f"]())
exec("print('from exec')")
ns = {"v": 1}
exec("v += 1", ns)
print(ns["v"])
print(exec("1") is None)
