# mpconform: features=memoryview,bytearray
# bytes, bytearray, list, str and concatenation take a memoryview as a buffer.
m = memoryview(b"hello")
print(bytes(m), bytearray(m), list(m[:2]), str(m, "utf-8"))
print(b"x" + m, bytearray(b"y") + m[1:3])
print(m == b"hello", m != b"hellO", m == bytearray(b"hello"), m == memoryview(b"hello"))
b = bytearray(b"_")
b.extend(m[3:])
b += memoryview(b"!")
print(b)
print(m.hex(), memoryview(bytearray(3)).hex())
