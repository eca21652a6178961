b = bytearray(b"0123456789")
b[2:4] = b"xy"
print(b)
b[0:1] = b"ABC"
print(b)
b[5:7] = b""
print(b)
b[:] = b"new"
print(b)
b[1:1] = bytearray(b"--")
print(b)
print(b[::2], b[::-1])
