# staticmethod and classmethod are callable through instances and subclasses
class A:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
class B(A):
    pass
print(A.s(2), A().s(3), B.s(4), B().c(), A.c())
