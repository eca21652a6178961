from collections import OrderedDict
d = OrderedDict()
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d.keys()), list(d.values()), list(d.items()))
print(d)
d["z"] = 10
print(list(d.items()))
del d["a"]
print(list(d))
e = OrderedDict([(3, "c"), (1, "a")])
print(list(e.keys()), e[3], len(e))
print(isinstance(d, dict), type(d).__name__)
print(d.pop("m"), list(d))
