"""
categories: Syntax,Functions
description: A bare * with no keyword-only parameter after it is accepted
cause: The port's compiler does not check that named parameters follow a bare *.
workaround: Remove the *, or add the keyword-only parameters it announces.
"""
try:
    exec("def f(a, *):\n    return a\nprint(f(1))")
except SyntaxError:
    print("SyntaxError")
