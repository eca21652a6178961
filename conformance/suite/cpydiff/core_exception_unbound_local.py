"""
categories: Core,Exceptions
description: A local variable read before assignment raises NameError, not UnboundLocalError
cause: The port has no UnboundLocalError; reading an unset local raises NameError.
workaround: Catch NameError (UnboundLocalError is its subclass in CPython).
"""
def f():
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__)
    x = 1


f()
