"""
categories: Types,str
description: The !a conversion of str.format() and the ascii() builtin are not implemented
cause: Only !r and !s conversions are supported.
workaround: Use !r, which in MicroPython escapes non-printable characters the same way for ASCII text.
"""
try:
    print("{!a}".format("caf\u00e9"))
except ValueError:
    print("ValueError")
