"""
categories: Types,str
description: Subscript with step != 1 is not yet implemented for str
cause: Slices of strings only support a step of 1.
workaround: Build the result with a comprehension: ''.join(s[i] for i in range(0, len(s), 2)).
"""
try:
    print("abcdef"[::2])
except NotImplementedError:
    print("NotImplementedError")
