# repr() of builtins and user __repr__
class R:
    def __repr__(self):
        return "R()"
print(repr(1), repr("a"), repr([1, "a"]), repr((1,)), repr(None), repr(R()), repr([R()]))
print(repr({"k": [1]}), repr(True), repr(b"x"))
