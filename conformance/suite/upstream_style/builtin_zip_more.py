print(list(zip()), list(zip([1, 2])), list(zip([1, 2, 3], "ab")))
print(list(zip(range(3), range(10, 13), "xyz")))
z = zip([1], [2])
print(next(z))
try:
    next(z)
except StopIteration:
    print("StopIteration")
try:
    zip(1, [2])
except TypeError:
    print("TypeError")
a, b = zip(*[(1, 2), (3, 4), (5, 6)])
print(a, b)
print(type(zip()))
print(dict(zip("ab", [1, 2]))["b"])
