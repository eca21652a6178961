# tuples compare lexicographically and can be dict keys
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, "a") == (1, "a"))
d = {(1, 2): "a", (3,): "b"}
print(d[(1, 2)], d[3,])
print(hash((1, 2)) == hash((1, 2)))
