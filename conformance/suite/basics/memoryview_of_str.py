# mpconform: features=memoryview,module:micropython
# MicroPython gives str the buffer protocol: a memoryview of a str reads its UTF-8 bytes.
m = memoryview("abc")
print(len(m), m[0], bytes(m[1:]))
m = memoryview("\u00e9")
print(len(m), list(m))
