# equal ints hash equally and compare equal across int and bool
print(hash(1) == hash(True), hash(0) == hash(False))
print(hash(5) == hash(5), {1: "a", True: "b"})
print(len({0, False, 1, True}))
