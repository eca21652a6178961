# the type objects are callable converters
print(int("5") + 1, str(5) + "1", list("ab"), tuple([1]), dict(a=1)["a"], bool("x"))
print(bytes("ab", "ascii"), bytearray(2))
