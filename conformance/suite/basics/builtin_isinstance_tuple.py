# isinstance/issubclass with tuples of classes
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance("s", (int, float)))
print(issubclass(B, A), issubclass(A, (B, object)), issubclass(B, B))
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError")
