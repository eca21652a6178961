# tuple construction, indexing, count, index, concatenation
t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], len(t), t.count(2), t.index(3))
print((1,), (), tuple(), tuple([1, 2]), tuple("ab"))
print(t + (4,), (0,) * 3, 2 in t)
print(type(()).__name__, (1) == 1, (1,) == 1)
