# mpconform: features=module:struct
# mpconform: features=float

import struct
print(struct.pack("<f", 1.5))
print(struct.pack(">d", -2.0))
print(struct.unpack("<f", struct.pack("<f", 0.25)))
print(struct.unpack(">d", struct.pack(">d", 1e10)))
print(struct.calcsize("<fd"))
