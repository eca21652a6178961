"""
categories: Types,float
description: float.is_integer() and float.as_integer_ratio() are not implemented
cause: Omitted to save code size.
workaround: Compare x == int(x) (for finite x) instead.
"""
print(hasattr(2.0, "is_integer"), hasattr(2.5, "as_integer_ratio"))
