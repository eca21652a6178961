# mpconform: features=module:struct
# mpconform: features=bigint

import struct
print(struct.pack("<q", -1))
print(struct.pack(">Q", 2**64 - 1))
print(struct.unpack("<q", b"\x00" * 7 + b"\x80"))
print(struct.unpack(">Q", b"\x01" + b"\x00" * 7))
print(struct.calcsize("<qQ"))
