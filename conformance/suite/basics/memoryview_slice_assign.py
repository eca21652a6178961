# mpconform: features=memoryview,bytearray
# assigning a slice through a memoryview writes into the bytearray
ba = bytearray(8)
m = memoryview(ba)
m[2:5] = b"abc"
print(ba)
m[0:2] = bytearray(b"XY")
print(ba, len(m[2:]))
