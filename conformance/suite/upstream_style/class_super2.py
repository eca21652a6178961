class A:
    def f(self):
        return "A"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
class B(A):
    def f(self):
        return "B" + super().f()
    @classmethod
    def c(cls):
        return "B." + super().c()
class C(B):
    def f(self):
        return "C" + super().f()
print(C().f(), B().f(), C.c())
class D(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(D().ok)
class E(A):
    def f(self):
        return super(E, self).f() + "E"
print(E().f())
