"""
categories: Types,str
description: None as first argument for rsplit such as str.rsplit(None, n) not implemented
cause: Unknown
workaround: Use split() and rejoin, or pass an explicit separator.
"""
try:
    print("a b c".rsplit(None, 1))
except NotImplementedError:
    print("NotImplementedError")
