"""
categories: Types,float
description: Float formatting with more than about 16 significant digits differs
cause: Float-to-text conversion is MicroPython's own and does not produce the exact decimal expansion.
workaround: Do not print more than 15-16 significant digits of a float.
"""
print("%.17g" % 0.1)
print("%.20f" % 0.1)
