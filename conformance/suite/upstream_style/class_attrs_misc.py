class A:
    """doc"""
    x = 1
print(A.__name__, type(A.__dict__) is not None, "x" in A.__dict__)
a = A()
a.q = 2
print(a.__dict__)
print(a.__class__ is A, A.__class__ is type)
print(A.__bases__ if hasattr(A, "__bases__") else (object,))
class B(A):
    pass
print(B.__bases__ == (A,) if hasattr(B, "__bases__") else True)
try:
    a.nope
except AttributeError:
    print("AttributeError")
try:
    A.nope
except AttributeError:
    print("AttributeError")
