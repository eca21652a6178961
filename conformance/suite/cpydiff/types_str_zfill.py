"""
categories: Types,str
description: str.zfill() is not implemented
cause: Omitted to save code size.
workaround: Use '%05d' % n or '{:0>5}'.format(s).
"""
try:
    print("42".zfill(5))
except AttributeError:
    print("AttributeError")
