# mpconform: features=module:struct

import struct
# Each integer format at its little- and big-endian sizes.
for fmt in ("<b", "<B", "<h", "<H", "<i", "<I", ">h", ">H", ">i", ">I"):
    print(fmt, struct.calcsize(fmt), struct.pack(fmt, 1))
print(struct.pack("<b", -1), struct.pack("<B", 255))
print(struct.pack(">h", -2), struct.pack("<H", 0xABCD))
print(struct.pack("<i", -123456), struct.pack(">I", 0xDEADBEEF))
