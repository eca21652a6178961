# repr of an exception with one argument has no trailing comma
print(repr(ValueError("x")), repr(KeyError("k")), repr(IndexError(5)))
