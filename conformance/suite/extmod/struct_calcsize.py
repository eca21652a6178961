# mpconform: features=module:struct

import struct
for fmt in ("<bhi", ">BHI", "<3b", "<2h", "<5s", "<x", "<hx", "<I2s"):
    print(fmt, struct.calcsize(fmt))
