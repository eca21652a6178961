"""
categories: Core,Classes
description: __getattribute__ is not supported on user classes
cause: Attribute lookup only consults __getattr__, for missing attributes.
workaround: Implement __getattr__ for the attributes that are not found normally.
"""
class Everything:
    def __getattribute__(self, name):
        return "intercepted " + name


try:
    print(Everything().anything)
except AttributeError:
    print("AttributeError")
