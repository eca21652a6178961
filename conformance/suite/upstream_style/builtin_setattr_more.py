class A:
    pass
a = A()
setattr(a, "x", 5)
print(a.x)
setattr(A, "y", 6)
print(a.y, A.y)
setattr(a, "y", 7)
print(a.y, A.y)
try:
    setattr(a, 1, 2)
except TypeError:
    print("TypeError")
try:
    setattr(1, "x", 2)
except AttributeError:
    print("AttributeError")
try:
    setattr([], "x", 2)
except AttributeError:
    print("AttributeError")
