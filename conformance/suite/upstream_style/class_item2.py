class A:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
a = A()
a[1] = "x"
print(a[1])
del a[1]
try:
    a[1]
except KeyError:
    print("KeyError")
class B:
    pass
try:
    B()[0]
except TypeError:
    print("TypeError")
try:
    B()[0] = 1
except TypeError:
    print("TypeError")
try:
    del B()[0]
except TypeError:
    print("TypeError")
