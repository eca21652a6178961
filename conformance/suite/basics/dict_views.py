# keys/values/items views reflect later changes and support len and in
d = {"a": 1}
k = d.keys(); v = d.values(); i = d.items()
d["b"] = 2
print(len(k), len(v), len(i), "b" in k, ("b", 2) in i, 2 in v)
print(sorted(k), sorted(v), sorted(i))
