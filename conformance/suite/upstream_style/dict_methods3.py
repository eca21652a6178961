d = {1: "a", 2: "b"}
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print(d.pop(1), d, d.pop(9, "none"))
try:
    d.pop(9)
except KeyError:
    print("KeyError")
print(d.setdefault(2, "x"), d.setdefault(3, "c"), sorted(d.items()))
d.update({4: "d"})
d.update([(5, "e")])
d.update(six="f")
print(len(d), d[4], d[5], d["six"])
c = d.copy()
c[1] = 1
print(1 in c, 1 in d)
k, v = {7: 8}.popitem()
print(k, v)
try:
    {}.popitem()
except KeyError:
    print("KeyError")
d.clear()
print(d)
print(sorted(dict.fromkeys("abc").items()), dict.fromkeys([1], 0))
