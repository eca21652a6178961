# mpconform: features=module:struct

import struct
# '!' is network (big-endian) order with standard sizes on every implementation.
print(struct.calcsize("!h"), struct.calcsize("!i"))
print(struct.pack("!H", 0x1234))
print(struct.unpack("!H", b"\x12\x34"))
print(struct.pack("!I", 1) == struct.pack(">I", 1))
