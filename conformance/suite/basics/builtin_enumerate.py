# enumerate with and without start
print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate([], 1)))
e = enumerate(["x", "y"], start=-1)
print(next(e), next(e))
