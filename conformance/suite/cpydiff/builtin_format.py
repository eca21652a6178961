"""
categories: Builtins
description: The format() builtin is not available
cause: Omitted in this build to save code size; str.format() is implemented.
workaround: Use '{:spec}'.format(x).
"""
try:
    print(format(255, "#x"))
except NameError:
    print("NameError")
