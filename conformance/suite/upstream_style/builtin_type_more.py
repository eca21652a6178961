print(type(1), type(1.0), type("s"), type(b"b"), type([]), type(()), type({}), type(set()))
print(type(None), type(True), type(type), type(range(1)), type(bytearray()))
print(type(1) is int, type(int) is type)
class A: pass
print(type(A()) is A, type(A) is type)
print(type(A()).__name__, A.__name__, int.__name__)
B = type("B", (A,), {"x": 5})
b = B()
print(b.x, isinstance(b, A), B.__name__)
print(type(len), type(lambda: 0).__name__)
def g():
    yield 1
print(type(g()).__name__, type(g).__name__)
try:
    type()
except TypeError:
    print("TypeError")
