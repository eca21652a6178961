# keys, values, items, pop, popitem, setdefault, update, copy, clear
d = {"x": 1, "y": 2}
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print(d.pop("x"), d.pop("nope", "default"), sorted(d.items()))
print(d.setdefault("y", 9), d.setdefault("z", 7), sorted(d.items()))
d.update({"a": 0}, b=5)
d.update([("c", 6)])
print(sorted(d.items()))
k, v = d.popitem()
print(k in ("y", "z", "a", "b", "c"), len(d))
e = d.copy(); e["new"] = 1
print(len(d), len(e))
d.clear(); print(d)
