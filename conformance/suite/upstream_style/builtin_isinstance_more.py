class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B))
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, ()))
print(isinstance("a", str), isinstance(b"a", bytes), isinstance(b"a", str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(1.0, float), isinstance(int, type), isinstance(A, type))
print(isinstance(None, object), isinstance(A, object))
print(isinstance(ValueError(), Exception))
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError")
