# mpconform: features=float
# floats that equal ints hash like the int, so they collide in dicts and sets
print(hash(1.0) == hash(1), hash(0.0) == hash(0))
d = {1: "int"}
d[1.0] = "float"
print(len(d), d[1])
print(len({2, 2.0}))
