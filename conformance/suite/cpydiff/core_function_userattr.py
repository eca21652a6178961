"""
categories: Core,Functions
description: User-defined attributes for functions are not supported
cause: MicroPython is highly optimized for memory usage: function objects have no __dict__.
workaround: Use external dictionary, e.g. FUNC_X[f] = 0.
"""
def f():
    pass


try:
    f.calls = 0
    print(f.calls)
except AttributeError:
    print("AttributeError")
