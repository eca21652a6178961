# membership and identity in lists
a = [1, [2], "x"]
print(1 in a, [2] in a, "x" in a, 3 in a, 3 not in a)
print(a.index([2]))
