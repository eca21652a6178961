print(type(1), type(2.0), type(1j), type("s"), type(b""), type(bytearray()))
print(type([]), type(()), type({}), type(set()), type(frozenset()), type(range(1)))
print(type(None), type(True), type(lambda: 0), type(object()))
print(type(ValueError()), type(type), type(slice(1)), type(iter([])) is not None)
class A:
    def m(self):
        pass
print(type(A()).__name__, type(A().m).__name__, type(A.m).__name__)
print(type(zip()), type(map(abs, [])), type(filter(None, [])), type(enumerate([])), type(reversed([])))
