# dicts iterate in insertion order (guaranteed by CPython 3.7+)
d = {}
for k in ["zeta", "alpha", "mid", "b", "qq", "x1", "y2", "z3"]:
    d[k] = len(k)
print(list(d))
print(list({i * 7: i for i in range(12)}))
