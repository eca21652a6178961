class A:
    def __call__(self, *args, **kw):
        return (args, sorted(kw.items()))
a = A()
print(a(), a(1, 2), a(x=1), a(1, y=2))
class B:
    pass
try:
    B()()
except TypeError:
    print("TypeError")
class C:
    def __init__(self, a, b=2):
        self.v = (a, b)
print(C(1).v, C(1, 3).v, C(b=4, a=5).v)
try:
    C()
except TypeError:
    print("TypeError")
try:
    C(1, 2, 3)
except TypeError:
    print("TypeError")
