# mpconform: features=module:micropython
# The unix port's struct accepts str for 's', a longer buffer for unpack, and 'P'/'O' as pointer-sized.
import struct

print(struct.pack("3s", "abc"), struct.pack("3s", b"abcdef"), struct.pack("0s", b"abc"))
print(struct.unpack("<2H", b"\x01\x00\x02\x00\x03"), struct.unpack("<b", b"\xff\x00"))
print(struct.calcsize("P"), struct.calcsize("O"))
