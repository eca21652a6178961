def f(self, x):
    return ("f", x)
class A:
    m = f
    s = staticmethod(f)
    l = lambda self: "lambda"
a = A()
print(a.m(1), a.s(2, 3), a.l())
print(A.m(a, 4))
a.inst = f
print(a.inst(5, 6))
class B:
    bi = print
B().bi("builtin not bound")
