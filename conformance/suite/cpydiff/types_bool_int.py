"""
categories: Types,bool
description: bool is not a subclass of int
cause: bool is its own type; True and False only behave like 1 and 0 in arithmetic.
workaround: Test for bool before int, and do not rely on isinstance(True, int).
"""
print(isinstance(True, int), issubclass(bool, int))
