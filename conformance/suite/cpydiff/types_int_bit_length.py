"""
categories: Types,int
description: int.bit_length() is not implemented
cause: Omitted to save code size.
workaround: Compute it with len(bin(abs(n))) - 2.
"""
try:
    print((255).bit_length())
except AttributeError:
    print("AttributeError")
