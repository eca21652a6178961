# filter, map and zip are lazy iterators
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip([1])))
m = map(lambda x: x * 2, [1, 2])
print(next(m), next(m))
try:
    next(m)
except StopIteration:
    print("StopIteration")
