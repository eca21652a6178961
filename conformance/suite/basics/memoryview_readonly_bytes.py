# mpconform: features=memoryview
# A memoryview of bytes reads but refuses writes.
m = memoryview(b"abc")
print(m[0], bytes(m[1:]), len(m))
try:
    m[0] = 1
except TypeError:
    print("TypeError")
try:
    m[0:1] = b"x"
except TypeError:
    print("TypeError")
print(bytes(m))
