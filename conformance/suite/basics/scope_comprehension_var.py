# comprehension variables do not leak into the enclosing scope
i = "outer"
l = [i for i in range(3)]
print(i, l)
g = list(x * 2 for x in range(2))
try:
    x
except NameError:
    print("NameError")
