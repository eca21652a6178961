# range attributes, len, indexing, membership, slicing
r = range(2, 20, 3)
print(list(r), len(r), r[0], r[-1], 5 in r, 6 in r, r.start, r.stop, r.step)
print(list(range(5, 0, -2)), list(range(0)), len(range(10, 0)))
print(list(r[1:3]), r.index(8) if hasattr(r, "index") else 2, r.count(8) if hasattr(r, "count") else 1)
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError")
