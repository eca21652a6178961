"""
categories: Types,str,Unicode
description: Field widths in formatting count UTF-8 bytes, not characters
cause: Padding is computed from the encoded length of the string.
workaround: Pad non-ASCII text by hand using len() of the str.
"""
print("[%4s]" % "\u00e9")
print("[{:>4}]".format("\u00e9"))
