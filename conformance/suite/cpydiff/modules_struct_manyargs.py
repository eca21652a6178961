"""
categories: Modules,struct
description: Struct pack with too many args, not checked by MicroPython
cause: Unknown
workaround: Do not pass more values than the format requires.
"""
import struct

try:
    print(struct.pack("bb", 1, 2, 3))
    print("Should not get here")
except Exception:
    print("struct.error")
