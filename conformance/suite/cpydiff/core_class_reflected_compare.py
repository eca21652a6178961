"""
categories: Core,Classes
description: Reflected comparison is not tried when only the opposite operator is defined
cause: a > b does not fall back to b.__lt__(a) for user classes.
workaround: Define every comparison operator the program uses (or write a helper mixin).
"""
class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


try:
    print(Version(2) > Version(1))
except TypeError:
    print("TypeError")
