# mpconform: features=module:micropython
# Module objects on the unix port: __name__, a short repr, no __file__ on built-in modules, and built-in
# modules refuse new attributes, and the module type cannot be called.
import collections
import math
import sys


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(math.__name__, sys.__name__, collections.__name__, __name__)
print(repr(math), str(sys), type(sys).__name__)
print("__name__" in dir(math), hasattr(math, "__file__"))


def set_on(m):
    m.newattr = 5
    return m.newattr


show(lambda: set_on(math))
show(lambda: set_on(sys))
show(lambda: type(sys)("made_here"))
