class A:
    x = 1
a = A()
a.y = 2
delattr(a, "y")
print(hasattr(a, "y"))
try:
    delattr(a, "y")
except AttributeError:
    print("AttributeError")
delattr(A, "x")
print(hasattr(A, "x"))
try:
    delattr(a, 1)
except TypeError:
    print("TypeError")
try:
    delattr(1, "real")
except (AttributeError, TypeError):
    print("error")
