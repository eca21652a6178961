"""
categories: Types,int
description: int has no real, imag, numerator or denominator attributes
cause: The numeric tower attributes are not implemented for int.
workaround: Use the integer itself (and 0 for the imaginary part).
"""
print(hasattr(5, "real"), hasattr(5, "numerator"))
