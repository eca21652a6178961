# mpconform: features=module:micropython
# A class body that assigns a name its enclosing function also binds: on the unix port the methods of that
# class then read the global of that name, not the enclosing function's variable (CPython: the closure).
x = "global"


def make():
    x = "enclosing"

    class D:
        before = x
        x = "class"

        def m(self):
            return x
    return D


D = make()
print(D.before, D.x, D().m())
