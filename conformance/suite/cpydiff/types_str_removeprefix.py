"""
categories: Types,str
description: str.removeprefix() and str.removesuffix() are not implemented
cause: Added in CPython 3.9 and not implemented.
workaround: Use s[len(p):] if s.startswith(p) else s.
"""
try:
    print("prefix_name".removeprefix("prefix_"))
except AttributeError:
    print("AttributeError")
