# numerically equal keys collide: 1, 1.0 and True are the same key
# mpconform: features=float
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(len(d), d[1])
