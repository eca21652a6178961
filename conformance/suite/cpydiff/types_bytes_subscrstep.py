"""
categories: Types,bytes
description: Bytes subscription with step != 1 not implemented
cause: MicroPython is highly optimized for memory usage.
workaround: Use explicit loop for this very rare operation.
"""
try:
    print(b"abcdef"[::2])
except NotImplementedError:
    print("NotImplementedError")
