"""
categories: Types,dict
description: Dictionary keys view does not behave as a set
cause: It is not implemented.
workaround: Explicitly convert keys to a set before using set operations.
"""
try:
    print(sorted({"a": 1, "b": 2}.keys() & {"a"}))
except TypeError:
    print("TypeError")
