class A:
    count = 0
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return (cls.__name__, x)
class B(A):
    pass
print(A.s(2), A().s(3), A.c(1), A().c(2), B.c(3), B().c(4))
print(type(A.__dict__["s"]).__name__, type(A.__dict__["c"]).__name__)
sm = staticmethod(len)
class C:
    f = sm
print(C.f("abc"), C().f("ab"))
