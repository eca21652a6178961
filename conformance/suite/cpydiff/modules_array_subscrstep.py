"""
categories: Modules,array
description: Subscript with step != 1 is not yet implemented
cause: Unknown
workaround: Loop over the indices.
"""
import array

a = array.array("b", (1, 2, 3))
try:
    print(a[3:2:2])
except NotImplementedError:
    print("NotImplementedError")
