# abs() of ints, bools and objects with __abs__
class A:
    def __abs__(self):
        return "abs called"

print(abs(-3), abs(3), abs(0), abs(-True), abs(A()))
try:
    abs("x")
except TypeError:
    print("TypeError")
