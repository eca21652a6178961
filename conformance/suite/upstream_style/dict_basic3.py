d = {}
d[1] = "a"
d["k"] = 2
print(len(d), d[1], d["k"], 1 in d, "z" in d)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {} == {})
print(dict(a=1)["a"], dict([(1, 2)])[1], dict({3: 4})[3])
print(d.get(1), d.get(5), d.get(5, "dflt"))
try:
    d[5]
except KeyError:
    print("KeyError")
try:
    d[[1]] = 2
except TypeError:
    print("TypeError")
try:
    {[1]: 2}
except TypeError:
    print("TypeError")
try:
    {1: 2} < {1: 2}
except TypeError:
    print("TypeError")
print(repr({}), repr({1: "a"}), str({"x": None}))
print(type({}), bool({}), bool({0: 0}))
