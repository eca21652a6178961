# cooperative __init__ through super() with keyword arguments
class A:
    def __init__(self, **kw):
        self.a = kw.pop("a", None)
class B(A):
    def __init__(self, b=None, **kw):
        super().__init__(**kw)
        self.b = b
b = B(b=2, a=1)
print(b.a, b.b)
