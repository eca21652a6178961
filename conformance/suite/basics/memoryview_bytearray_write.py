# mpconform: features=memoryview,bytearray
# A memoryview of a bytearray writes through, also via slices of slices.
b = bytearray(b"abcdef")
m = memoryview(b)
m[0] = 65
m[1:3] = b"XY"
print(b)
inner = m[2:6][1:3]
inner[0] = ord("!")
print(b, bytes(inner), len(inner))
m[4:] = bytearray(b"12")
print(b)
m[-1] = ord("z")
print(b)
