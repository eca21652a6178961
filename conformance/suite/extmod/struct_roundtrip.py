# mpconform: features=module:struct

import struct
fmt = "<bBhHiI"
values = (-5, 200, -1000, 60000, -70000, 4000000000)
packed = struct.pack(fmt, *values)
print(len(packed), packed == struct.pack(fmt, *values))
print(struct.unpack(fmt, packed) == values)
