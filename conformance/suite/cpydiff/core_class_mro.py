"""
categories: Core,Classes
description: Method Resolution Order (MRO) is not compliant with CPython
cause: Depth first non-exhaustive method resolution order is used instead of C3 linearisation.
workaround: Avoid diamond hierarchies that override the same method on two paths.
"""
class Base:
    def who(self):
        return "Base"


class Left(Base):
    pass


class Right(Base):
    def who(self):
        return "Right"


class Child(Left, Right):
    pass


print(Child().who())
