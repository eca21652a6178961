# mpconform: features=set
# copying and iterating sets
a = {1, 2, 3}
b = a.copy()
b.add(4)
print(sorted(a), sorted(b), sum(a), max(a), min(b))
