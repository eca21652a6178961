# mpconform: features=memoryview
# Slice bounds of a memoryview are clipped like those of bytes.
m = memoryview(b"abcdef")
for s in (m[-3:-1], m[4:2], m[:100], m[-100:2], m[3:3], m[:], m[5:]):
    print(len(s), bytes(s))
try:
    m[6]
except IndexError:
    print("IndexError")
try:
    m[-7]
except IndexError:
    print("IndexError")
print(m[-6])
