"""
categories: Types,Exception
description: Exception.__init__ method does not exist
cause: Subclassing native classes is not fully supported in MicroPython.
workaround: Call using super() instead.
"""
class A(Exception):
    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg


try:
    print(A("hi").args)
except AttributeError:
    print("AttributeError")
