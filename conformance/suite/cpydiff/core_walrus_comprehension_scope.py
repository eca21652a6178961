"""
categories: Core,Syntax
description: := in a nested comprehension binds in the comprehension around it, not in the enclosing function
cause: The port's compiler binds the target of := in the block just around the comprehension, which for a nested comprehension is the outer comprehension.
workaround: Use := in the outermost comprehension only, or an explicit loop.
"""
def f():
    rows = [[(last := r * c) for c in range(3)] for r in range(3)]
    try:
        return rows[2], last
    except NameError:
        return rows[2], "NameError"


print(f())
