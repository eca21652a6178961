"""
categories: Modules,array
description: Array deletion not implemented
cause: Unknown
workaround: Build a new array without the element.
"""
import array

a = array.array("b", (1, 2, 3))
try:
    del a[1]
    print(a)
except TypeError:
    print("TypeError")
