class D:
    def __get__(self, obj, owner):
        return ("get", obj is not None, owner.__name__)
    def __set__(self, obj, value):
        print("set", value)
        obj.__dict__["_v"] = value
    def __delete__(self, obj):
        print("delete")
class A:
    d = D()
a = A()
print(a.d)
a.d = 5
print(a._v)
del a.d
