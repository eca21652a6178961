# Code run by exec/eval in a fresh dict still sees the builtins; names it defines stay in that dict.
ns = {}
exec("r = abs(-3)\nimport sys\nfrom math import sqrt", ns)
print(ns["r"], "sys" in ns, ns["sqrt"](16))
print("r" in globals())
exec("global gv\ngv = 9", ns)
print(ns["gv"], "gv" in globals())
exec("gv2 = 1")
print(gv2)
