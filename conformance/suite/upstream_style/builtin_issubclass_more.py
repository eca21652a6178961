class A: pass
class B(A): pass
class C(B): pass
class D: pass
print(issubclass(B, A), issubclass(C, A), issubclass(A, B))
print(issubclass(A, A), issubclass(D, A))
print(issubclass(C, (D, A)), issubclass(C, (D,)))
print(issubclass(A, object), issubclass(int, object))
print(issubclass(ValueError, Exception), issubclass(KeyError, LookupError))
print(issubclass(bool, object))
try:
    issubclass(A(), A)
except TypeError:
    print("TypeError")
try:
    issubclass(A, 1)
except TypeError:
    print("TypeError")
