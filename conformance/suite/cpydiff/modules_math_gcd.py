"""
categories: Modules,math
description: math.gcd(), math.isqrt() and math.prod() are not available
cause: Omitted to save code size.
workaround: Write the small helper in Python.
"""
import math

print(hasattr(math, "gcd"), hasattr(math, "prod"))
