# returning NotImplemented falls back to the reflected operand, then TypeError
class A:
    def __add__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return "B.radd"
print(A() + B())
try:
    A() + A()
except TypeError:
    print("TypeError")
