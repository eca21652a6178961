# mpconform: features=module:micropython
# The unix port's struct.pack truncates out-of-range integers to the field size (CPython raises).
import struct

print(struct.pack("<I", 2 ** 32), struct.pack("<b", 200), struct.pack("<H", -1))
print(struct.pack("<Q", 2 ** 64 + 1), struct.pack("<q", -1))
print(struct.pack("<B", 256 + 7), struct.pack(">h", 40000))
