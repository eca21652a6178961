class A:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
a = A(5)
print(type(a).__name__)
class B:
    def __new__(cls):
        return 42
print(B())
class C:
    inst = None
    def __new__(cls):
        if cls.inst is None:
            cls.inst = object.__new__(cls)
        return cls.inst
print(C() is C())
