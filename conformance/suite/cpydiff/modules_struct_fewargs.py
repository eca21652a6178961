"""
categories: Modules,struct
description: Struct pack with too few args, not checked by MicroPython
cause: Unknown
workaround: Do not pass fewer values than the format requires.
"""
import struct

try:
    print(struct.pack("bb", 1))
    print("Should not get here")
except Exception:
    print("struct.error")
