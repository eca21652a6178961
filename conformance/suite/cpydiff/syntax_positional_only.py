"""
categories: Syntax,Functions
description: Positional-only parameters (/) are a SyntaxError
cause: The port's grammar has no / marker in parameter lists.
workaround: Use ordinary positional parameters.
"""
try:
    exec("def f(a, /, b):\n    return a + b\nprint(f(1, b=2))")
except SyntaxError:
    print("SyntaxError")
