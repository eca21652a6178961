print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print("a" in "abc", "bc" in "abc", "" in "abc", "d" in "abc")
print(1 in (1,), 1 in {1: 2}, 2 in {1: 2}, 1 in {1}, 1 in frozenset([1]))
print(b"a" in b"abc", 97 in b"abc", 5 in range(10), 10 in range(10))
print(1.0 in [1], True in [1], None in [None])
for a, b in ((1, "a"), ("a", 5), ([], {}), (1, None)):
    try:
        a in b
    except TypeError:
        print("TypeError")
