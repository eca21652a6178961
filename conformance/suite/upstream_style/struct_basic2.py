import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("<h", -2), struct.pack("B", 255))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">h", b"\xff\xfe"))
print(struct.calcsize("<IHB"), struct.calcsize("<q"), struct.calcsize("<2H"))
print(struct.pack("<2B", 1, 2), struct.unpack("<2B", b"\x03\x04"))
print(struct.pack("<f", 1.5), struct.unpack("<d", struct.pack("<d", 2.25)))
print(struct.pack("<3s", b"ab"), struct.unpack("<3s", b"xyz"))
print(struct.unpack_from("<H", b"\x00\x01\x02", 1))
buf = bytearray(4)
struct.pack_into("<H", buf, 1, 0x0102)
print(buf)
try:
    struct.unpack("<I", b"\x00")
except Exception:
    print("error")
try:
    struct.pack("<I", "x")
except Exception:
    print("error")
