# mpconform: features=descriptors
# user descriptors with __get__ and __set__, accessed through an instance
class Typed:
    def __get__(self, obj, owner):
        return obj._v
    def __set__(self, obj, value):
        obj._v = int(value)
class C:
    v = Typed()
c = C()
c.v = "42"
print(c.v + 1)
d = C()
d.v = "7"
print(d.v, c.v)
