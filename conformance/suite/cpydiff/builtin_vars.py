"""
categories: Builtins
description: The vars() builtin is not available
cause: Omitted to save code size.
workaround: Use obj.__dict__ directly.
"""
class A:
    x = 1


try:
    print(vars(A()))
except NameError:
    print("NameError")
