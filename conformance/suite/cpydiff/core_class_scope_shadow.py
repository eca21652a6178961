"""
categories: Core,Classes
description: A name a class body binds hides the enclosing function's variable of that name from the class's methods
cause: The port's scope analysis stops at the first enclosing block that has the name, class bodies included; a name bound in a class body is a global there.
workaround: Give the class attribute and the enclosing function's variable different names.
"""
x = "global"


def make():
    x = "enclosing"

    class C:
        x = "class"

        def get(self):
            return x
    return C().get()


print(make())
