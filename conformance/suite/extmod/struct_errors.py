# mpconform: features=module:struct
# mpconform: messages=type-only

import struct
try:
    struct.unpack("<I", b"\x00\x00")
except Exception as e:
    # CPython raises struct.error, MicroPython ValueError: both say the buffer is too short.
    print("short buffer rejected")
try:
    struct.pack("<Z", 1)
except Exception as e:
    print("bad format rejected")
