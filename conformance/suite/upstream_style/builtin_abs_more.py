print(abs(0), abs(-1), abs(5), abs(-5.5), abs(2.0))
print(abs(-(2**70)), abs(2**70))
print(abs(True), abs(False))
print(type(abs(True)))
class A:
    def __abs__(self):
        return "abs!"
print(abs(A()))
for x in ("a", [], None):
    try:
        abs(x)
    except TypeError:
        print("TypeError")
