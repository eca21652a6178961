# comprehension loop targets can unpack
pairs = [(1, "a"), (2, "b")]
print([n for n, _ in pairs], {s: n for n, s in pairs}["b"], [a + b for (a, b) in [(1, 2), (3, 4)]])
