"""
categories: Builtins
description: print() does not accept None for sep or end
cause: sep and end must be str; None is not mapped to the default.
workaround: Omit the argument instead of passing None.
"""
try:
    print("a", "b", sep=None)
except TypeError:
    print("TypeError")
