# mpconform: features=memoryview,bytearray
# A memoryview of a memoryview sees the same memory.
b = bytearray(b"abc")
outer = memoryview(b)
inner = memoryview(outer)
print(inner[1], bytes(inner), len(inner))
inner[1] = ord("B")
print(b, outer[1])
print(bytes(memoryview(outer[1:])))
