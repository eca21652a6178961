print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0))
print(pow(2, 10, 7), pow(3, 200, 13), pow(-3, 3, 7))
print(pow(2.0, 3), pow(4, 0.5), pow(2, 100))
print(2 ** -2, (-8) ** 2, 10 ** 20)
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
try:
    pow(0, -1)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError")
try:
    pow("a", 2)
except TypeError:
    print("TypeError")
