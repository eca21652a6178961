# Names bound in a class body are not visible inside its methods or nested functions.
x = "global"


class C:
    x = "class"
    y = x + "!"

    def method(self):
        return x

    def lookup(self):
        return self.x, C.y


print(C.y, C().method(), C().lookup())


def make():
    x = "enclosing"

    class D:
        v = x
        w = v + "!"

        def m(self):
            return x
    return D


D = make()
print(D.v, D.w, D().m())
