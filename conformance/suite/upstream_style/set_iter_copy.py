s = {5, 6}
c = s.copy()
c.add(7)
print(sorted(s), sorted(c))
print(sorted(x * 2 for x in s))
print(sum(s), max(s), min(s))
print({x for x in range(3)} == {0, 1, 2})
print(len({1, 1.0, True}))
