ops = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: 1 - "a", lambda: "a" * "b",
    lambda: [] * [], lambda: {} + {}, lambda: None + 1, lambda: 1 < "a", lambda: [] < 1,
    lambda: -"a", lambda: ~1.5, lambda: +[], lambda: 1 & 1.5, lambda: "a" % 1 % 2,
    lambda: 1 in 5, lambda: len(5), lambda: 1 @ 2, lambda: {} < {}, lambda: None < None,
]
for op in ops:
    try:
        op()
        print("no error")
    except TypeError:
        print("TypeError")
