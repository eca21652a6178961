class A:
    x = 1
    def __getattr__(self, name):
        return "dyn_" + name
a = A()
print(a.x, a.y, a.foo)
a.z = 3
print(a.z)
class B:
    def __getattr__(self, name):
        raise AttributeError(name)
try:
    B().q
except AttributeError:
    print("AttributeError")
print(getattr(B(), "q", "default"))
