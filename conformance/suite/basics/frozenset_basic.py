# mpconform: features=frozenset
# frozenset is hashable and immutable; mixed operations with set
f = frozenset([1, 2, 3])
print(sorted(f), len(f), 2 in f, hash(f) == hash(frozenset([3, 2, 1])))
d = {f: "x"}
print(d[frozenset({1, 2, 3})])
print(f == {1, 2, 3}, sorted(f | {4}), sorted(f & {1}))
print(type(f | {4}).__name__, type({4} | f).__name__)
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
