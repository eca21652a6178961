# mpconform: features=memoryview,module:micropython
# On the unix port a memoryview prints as <memoryview> and has neither tobytes, tolist nor readonly.
m = memoryview(b"ab")
print(m)
print(repr(m[1:]))
print([m][0] is m, type(m).__name__)
for name in ("tobytes", "tolist", "readonly", "hex", "itemsize", "release"):
    print(name, hasattr(m, name))
