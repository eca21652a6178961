"""
categories: Types,bytes
description: bytes() with keywords not implemented
cause: Keyword arguments to the bytes constructor are not supported.
workaround: Pass the encoding as positional parameter, e.g. print(bytes('abc', 'utf-8'))
"""
try:
    print(bytes("abc", encoding="utf8"))
except NotImplementedError:
    print("NotImplementedError")
