# unpack_from with positive and negative offsets, pack_into, and native alignment in calcsize.
import struct

data = b"\x00\x01\x02\x03"
print(struct.unpack_from("<H", data, 1), struct.unpack_from("<H", data, -2), struct.unpack_from("<H", data))
b = bytearray(8)
struct.pack_into("<I", b, 2, 0x01020304)
print(b)
struct.pack_into("<H", b, -2, 0xBEEF)
print(b)
print(struct.calcsize("<bi"), struct.calcsize("bi"), struct.calcsize("@bq"), struct.calcsize("!bq"))
print(struct.pack(">x"), struct.pack("<2x"), struct.calcsize("x"), struct.pack("<e", 1.5))
print(struct.pack("<f", 1), struct.unpack("<d", struct.pack("<d", 0.1)))
