# in / not in across containers and with user __contains__
class C:
    def __contains__(self, x):
        return x == "magic"
print(1 in (1, 2), "k" in {"k": 1}, 3 in {3}, "b" in "abc", "magic" in C(), "x" not in C())
