class A:
    a = 1
    def __getattr__(self, name):
        if name == "dyn":
            return 5
        raise AttributeError(name)
o = A()
print(hasattr(o, "a"), hasattr(o, "dyn"), hasattr(o, "nope"))
print(hasattr(1, "real"), hasattr([], "append"), hasattr([], "nope"))
print(hasattr(A, "a"), hasattr(A, "dyn"))
try:
    hasattr(o, 1)
except TypeError:
    print("TypeError")
