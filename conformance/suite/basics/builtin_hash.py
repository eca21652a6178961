# hash() is consistent with equality for builtin immutables; lists are unhashable
print(hash(5) == hash(5), hash("ab") == hash("a" + "b"), hash((1, "x")) == hash((1, "x")))
print(hash(None) == hash(None), hash(True) == hash(1))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError:
        print("TypeError", type(v).__name__)
