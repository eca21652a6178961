"""
categories: Core,Classes
description: Metaclass keyword argument in a class statement is not supported
cause: Keyword arguments to the class statement (metaclass=...) are not implemented.
workaround: Use a class decorator or a factory function instead of a metaclass.
"""
class Meta(type):
    pass


try:
    class Thing(metaclass=Meta):
        pass

    print(type(Thing).__name__)
except TypeError:
    print("TypeError")
