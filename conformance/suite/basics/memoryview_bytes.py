# mpconform: features=memoryview
# memoryview over bytes: len, indexing, slicing, bytes()
m = memoryview(b"hello")
print(len(m), m[0], m[-1], bytes(m[1:4]), bytes(m))
try:
    m[0] = 1
except TypeError:
    print("TypeError readonly")
