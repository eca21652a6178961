# mpconform: features=memoryview,bytearray
# memoryview slices share memory with the underlying bytearray
ba = bytearray(b"abcdef")
m = memoryview(ba)
print(len(m), m[0], bytes(m[1:3]))
m[0] = 65
print(ba)
sub = m[2:4]
sub[0] = 67
print(ba, bytes(sub))
