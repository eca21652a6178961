# mpconform: features=module:struct
# mpconform: features=bytearray

import struct
buf = bytearray(8)
struct.pack_into("<HH", buf, 2, 0x0102, 0x0304)
print(buf)
print(struct.unpack_from("<H", buf, 4))
print(struct.unpack_from("<B", buf))
