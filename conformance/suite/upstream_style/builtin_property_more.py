class A:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("deleted")
        self._x = None
a = A()
print(a.x)
a.x = 5
print(a.x)
del a.x
print(a.x)
class B:
    @property
    def ro(self):
        return "ro"
b = B()
print(b.ro)
try:
    b.ro = 1
except AttributeError:
    print("AttributeError")
try:
    del b.ro
except AttributeError:
    print("AttributeError")
print(type(B.ro).__name__)
def getter(self):
    return 3
class C:
    p = property(getter)
print(C().p)
