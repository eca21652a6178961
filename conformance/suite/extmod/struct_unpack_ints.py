# mpconform: features=module:struct

import struct
print(struct.unpack("<h", b"\xff\xff"))
print(struct.unpack("<H", b"\xff\xff"))
print(struct.unpack(">i", b"\x80\x00\x00\x00"))
print(struct.unpack("<I", b"\x01\x02\x03\x04"))
print(struct.unpack("<bB", b"\x80\x80"))
print(struct.unpack(">HH", b"\x00\x01\x00\x02"))
