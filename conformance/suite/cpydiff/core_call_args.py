"""
categories: Core,Functions
description: Calls check their arguments as the port does: *args after a keyword argument is a SyntaxError; repeated keywords fail when called; ** takes what has keys()
cause: The port's compiler orders call arguments positional, then *args, then keywords, and its runtime builds the keyword arguments without CPython's compile-time and mapping checks.
workaround: Write *args before keyword arguments, each keyword once, and pass a dict after **.
"""
def f(*a, **k):
    return a, sorted(k.items())


for src in ("f(a=1, *[2])", "f(a=1, a=2)", "f(**[1])"):
    try:
        print(eval(src))
    except Exception as e:
        print(type(e).__name__)
