"""
categories: Modules,array
description: Looking for integer not implemented
cause: Unknown
workaround: Convert to a list first, or loop.
"""
import array

try:
    print(1 in array.array("B", b"12"))
except NotImplementedError:
    print("NotImplementedError")
