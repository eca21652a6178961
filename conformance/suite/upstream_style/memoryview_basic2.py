b = bytearray(b"abcdef")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[1:3]), type(m[0]))
m[0] = 65
print(b)
m[1:3] = b"XY"
print(b)
print(bytes(m), list(m[:2]))
mb = memoryview(b"xyz")
print(bytes(mb), mb[1])
try:
    mb[0] = 1
except TypeError:
    print("TypeError")
try:
    m[100]
except IndexError:
    print("IndexError")
print(type(m).__name__)
s = m[2:]
b[2] = ord("z")
print(bytes(s)[:1])
try:
    memoryview(1)
except TypeError:
    print("TypeError")
