"""
categories: Core,Classes
description: Private class members are not name-mangled
cause: The compiler does not rewrite __name identifiers inside a class body to _Class__name.
workaround: Do not rely on the mangled name; use a single leading underscore for private members.
"""
class Account:
    __secret = 42

    def peek(self):
        return self._Account__secret


try:
    print(Account().peek())
except AttributeError:
    print("AttributeError")
