# mpconform: features=memoryview,bytearray
# A slice assignment through a memoryview cannot change the size.
b = bytearray(b"abcd")
m = memoryview(b)
for value in (b"XYZ", b"X", b""):
    try:
        m[1:3] = value
        print("stored", b)
    except ValueError:
        print("ValueError", len(value))
m[1:3] = b"12"
print(b)
