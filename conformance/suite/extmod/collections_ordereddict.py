# mpconform: features=module:collections

from collections import OrderedDict
d = OrderedDict()
for k in ("zeta", "alpha", "mid", "b"):
    d[k] = len(k)
print(list(d.keys()))
print(list(d.values()))
del d["alpha"]
d["alpha"] = 0
print(list(d.items()))
print(len(d), "mid" in d)
