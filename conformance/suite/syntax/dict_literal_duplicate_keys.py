# a later duplicate key in a dict display wins
d = {"a": 1, "b": 2, "a": 3}
print(len(d), d["a"])
