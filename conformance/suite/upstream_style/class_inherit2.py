class A:
    def f(self):
        return "A.f"
    def g(self):
        return "A.g " + self.f()
class B(A):
    def f(self):
        return "B.f"
class C(B):
    pass
print(C().g(), B().g(), A().g())
print(isinstance(C(), A), issubclass(C, B))
class M1:
    def who(self):
        return "M1"
class M2:
    def who(self):
        return "M2"
    def only2(self):
        return "only2"
class M(M1, M2):
    pass
print(M().who(), M().only2())
class E(Exception):
    pass
try:
    raise E("x")
except Exception as e:
    print(type(e).__name__, e)
class L(list):
    pass
l = L([1, 2])
l.append(3)
print(l, len(l), type(l).__name__)
