"""
categories: Types,str,Unicode
description: str.encode() ignores the encoding argument and always encodes UTF-8
cause: Only the UTF-8 codec is implemented.
workaround: Encode to Latin-1 by hand: bytes(ord(c) for c in s).
"""
print("\u00e9".encode("latin-1"))
