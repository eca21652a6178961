"""
categories: Types,str
description: str.casefold() is not implemented
cause: Omitted to save code size; case mapping covers ASCII only.
workaround: Use lower() for ASCII text.
"""
try:
    print("ABC".casefold())
except AttributeError:
    print("AttributeError")
