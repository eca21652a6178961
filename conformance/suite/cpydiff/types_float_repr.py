"""
categories: Types,float
description: repr() of a float uses 16 significant digits when they read back exactly, else 17
cause: The port tries "%.16g" and falls back to "%.17g"; CPython prints the shortest string that reads back exactly.
workaround: Format floats explicitly (e.g. "{:.15g}") when the exact digits matter.
"""
print(0.982793723247329)
