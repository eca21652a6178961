class A:
    def __init__(self):
        self.a = 1
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
a = A()
del a.a
print(hasattr(a, "a"))
try:
    del a.zz
except AttributeError:
    print("AttributeError")
class B:
    pass
b = B()
b.x = 1
del b.x
try:
    del b.x
except AttributeError:
    print("AttributeError")
