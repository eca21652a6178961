class A:
    def __eq__(self, o):
        return NotImplemented
    def __add__(self, o):
        return NotImplemented
a = A()
print(a == a, a == 1, a != 1)
try:
    a + 1
except TypeError:
    print("TypeError")
print(repr(NotImplemented), type(NotImplemented).__name__)
class B:
    def __lt__(self, o):
        return NotImplemented
try:
    B() < 1
except TypeError:
    print("TypeError")
