"""
categories: Types,str
description: Attributes/subscr not implemented in str.format()
cause: The format-spec parser only accepts field names and positions.
workaround: Evaluate the subscript/attribute before formatting.
"""
try:
    print("{a[0]}".format(a=[1, 2]))
except NotImplementedError:
    print("NotImplementedError")
