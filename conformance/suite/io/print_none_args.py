print("a", "b", sep=None)
print("c", end=None)
print("d")
