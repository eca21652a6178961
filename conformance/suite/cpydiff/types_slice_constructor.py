"""
categories: Types,slice
description: slice objects cannot be created by calling slice()
cause: slice is only created by subscript syntax.
workaround: Keep start/stop/step in a tuple and slice with seq[a:b:c].
"""
try:
    print(slice(1, 5, 2))
except TypeError:
    print("TypeError")
