# functions defined by exec see the exec namespace as their globals
ns = {"factor": 3}
exec("def triple(x):\n    return x * factor\n", ns)
print(ns["triple"](4))
ns["factor"] = 10
print(ns["triple"](4))
