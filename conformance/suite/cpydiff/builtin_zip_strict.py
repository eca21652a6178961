"""
categories: Builtins
description: zip() does not accept the strict keyword
cause: zip takes positional iterables only.
workaround: Check the lengths explicitly before zipping.
"""
try:
    print(list(zip([1, 2], [3, 4], strict=True)))
except TypeError:
    print("TypeError")
