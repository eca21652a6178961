# dict get/set/delete, len, in, get with default
d = {"a": 1}
d["b"] = 2
d["a"] = 3
print(sorted(d.items()), len(d), "a" in d, "z" in d, d.get("z"), d.get("z", 0), d["b"])
del d["a"]
print(sorted(d.items()))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e.args)
try:
    del d["missing"]
except KeyError:
    print("KeyError del")
