f = frozenset([1, 2, 3, 2])
print(len(f), sorted(f), 2 in f, 5 in f)
print(f == frozenset([3, 2, 1]), f == {1, 2, 3})
print(type(f), type(f | {4}), type({4} | f))
print(sorted(f & {2, 9}), sorted(f - {1}), sorted(f ^ {3, 4}))
print(f.issubset({1, 2, 3, 4}), f.issuperset({1}), f.isdisjoint({7}))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {frozenset([1]): "a"}
print(d[frozenset([1])])
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
print(frozenset(), repr(frozenset()))
print(sorted(f.union([5]), reverse=True), sorted(f.intersection([1, 3])))
