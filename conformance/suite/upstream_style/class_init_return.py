class A:
    def __init__(self):
        return None
print(type(A()).__name__)
class B:
    def __init__(self):
        return 5
try:
    B()
except TypeError:
    print("TypeError")
class C:
    def __init__(self, *a, **k):
        self.a = a
        self.k = k
c = C(1, 2, x=3)
print(c.a, c.k)
