"""
categories: Modules,struct
description: struct has no '?' (bool) format or '=' byte-order prefix
cause: Only the format characters used by embedded code are implemented.
workaround: Pack bools as 'B' and use '<' or '>' for byte order.
"""
import struct

for fmt in ("<?", "=h"):
    try:
        print(fmt, struct.calcsize(fmt))
    except ValueError:
        print(fmt, "ValueError")
