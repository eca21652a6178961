class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", 99))
print(getattr(A, "x"), getattr(A, "y", None))
print(getattr([], "append").__name__ if hasattr([].append, "__name__") else "append")
try:
    getattr(a, "z")
except AttributeError:
    print("AttributeError")
try:
    getattr(a, 5)
except TypeError:
    print("TypeError")
print(getattr(1, "real"), getattr("s", "nope", "default"))
try:
    getattr(a)
except TypeError:
    print("TypeError")
