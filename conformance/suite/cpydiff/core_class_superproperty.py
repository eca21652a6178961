"""
categories: Core,Classes
description: Calling super() getter property in subclass will return a property object, not the value
cause: super() looks the name up without invoking the property descriptor.
workaround: Call the getter explicitly: super(Sub, self).__class__.p.fget(self) or keep the value in a method.
"""
class Base:
    @property
    def value(self):
        return 1


class Sub(Base):
    @property
    def value(self):
        return super().value


print(type(Sub().value).__name__)
