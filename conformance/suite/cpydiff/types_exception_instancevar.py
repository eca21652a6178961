"""
categories: Types,Exception
description: User-defined attributes for builtin exceptions are not supported
cause: MicroPython is highly optimized for memory usage: built-in exception instances have no __dict__.
workaround: Use a user-defined exception subclass.
"""
e = ValueError("x")
try:
    e.detail = 1
    print(e.detail)
except AttributeError:
    print("AttributeError")
