# mpconform: features=star-unpack
# * and ** unpacking inside list, tuple, set and dict displays
a = [1, 2]
print([*a, 3, *a], (*a, *"xy"), sorted({*a, *[2, 5]}))
print(sorted({**{"k": 1}, "j": 2, **{"k": 3}}.items()))
print([*range(3)], (*[],))
