# exception args for zero, one and several arguments
for e in (ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), Exception(None)):
    print(type(e).__name__, e.args, len(e.args))
print(str(ValueError("msg")), str(ValueError()), str(ValueError(1, 2)))
