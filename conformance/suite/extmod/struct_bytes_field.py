# mpconform: features=module:struct

import struct
print(struct.pack("<4s", b"ab"))
print(struct.pack("<2s", b"abcd"))
print(struct.unpack("<3sB", b"xyz\x07"))
print(struct.pack("<1s", b"q"))
