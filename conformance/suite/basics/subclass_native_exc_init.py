# Native exception subclasses that change args in __init__, and keep extra state.
class I(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.parts = (a, b)


i = I(1, 2)
print(i.args, i.parts, str(i))


class K(KeyError):
    def __init__(self, key):
        super().__init__("missing " + key)


try:
    raise K("x")
except KeyError as e:
    print(type(e).__name__, e.args)


class O(OSError):
    pass


print(O(2, "x").args, O(2, "x").errno)


class M(Exception):
    def __str__(self):
        return "custom " + repr(self.args)


print(str(M(1)), M(1).args)
