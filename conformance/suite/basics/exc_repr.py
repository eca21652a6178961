# repr of exception instances
print(repr(ValueError("x")), repr(KeyError()), repr(TypeError(1, 2)))
