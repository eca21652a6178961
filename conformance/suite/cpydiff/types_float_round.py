"""
categories: Types,float
description: round() of a float to n digits may round a halfway-looking case the other way
cause: round(x, n) scales by a power of ten in floating point instead of using the exact binary value.
workaround: Round integers (e.g. in fixed point), or avoid printing decimal halfway cases.
"""
print(round(2.675, 2))
