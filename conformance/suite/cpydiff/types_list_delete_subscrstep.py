"""
categories: Types,list
description: List delete with step != 1 not implemented
cause: Unknown
workaround: Use explicit loop for this rare operation.
"""
a = [1, 2, 3, 4, 5]
try:
    del a[::2]
    print(a)
except NotImplementedError:
    print("NotImplementedError")
