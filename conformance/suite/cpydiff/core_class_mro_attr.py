"""
categories: Core,Classes
description: Classes have no __mro__ attribute
cause: The method resolution order is computed on lookup and is not stored on the type.
workaround: Walk __bases__ yourself if the order is needed.
"""
class A:
    pass


class B(A):
    pass


print(hasattr(B, "__mro__"))
