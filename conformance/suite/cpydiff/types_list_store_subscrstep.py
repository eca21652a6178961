"""
categories: Types,list
description: List store with step != 1 not implemented
cause: Unknown
workaround: Use explicit loop for this rare operation.
"""
a = [1, 2, 3, 4]
try:
    a[::2] = [0, 0]
    print(a)
except NotImplementedError:
    print("NotImplementedError")
