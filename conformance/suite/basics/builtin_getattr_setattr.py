# getattr with default, setattr, hasattr, delattr
class C:
    a = 1
c = C()
setattr(c, "b", 2)
print(getattr(c, "a"), getattr(c, "b"), getattr(c, "z", "dflt"), hasattr(c, "b"), hasattr(c, "z"))
delattr(c, "b")
print(hasattr(c, "b"))
try:
    getattr(c, "z")
except AttributeError:
    print("AttributeError")
