# mpconform: features=descriptors
# a descriptor accessed through the class gets obj=None
class D:
    def __get__(self, obj, owner):
        return ("none" if obj is None else "inst", owner.__name__)
class C:
    d = D()
print(C().d, C.d == ("none", "C"))
