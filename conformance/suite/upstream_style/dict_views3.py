d = {1: 2}
k = d.keys()
v = d.values()
i = d.items()
print(list(k), list(v), list(i), len(k), 1 in k, 2 in v, (1, 2) in i)
d[3] = 4
print(len(k), sorted(k))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(repr({5: 6}.keys()), repr({5: 6}.values()), repr({5: 6}.items()))
try:
    k[0]
except TypeError:
    print("TypeError")
