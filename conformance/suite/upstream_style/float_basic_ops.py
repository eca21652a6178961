print(1.5 + 2, 3 - 0.5, 2.5 * 2, 7 / 2, 7.0 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 3)
print(0.1 + 0.2 == 0.3, abs(-0.0), 1e10, 1e-5, 1.0, 100.0, 1e16, 123456789.0)
print(float("inf") > 1e308, -float("inf") < 0, int(1e15))
print(round(2.5), round(3.5), 1.5 == 1.5, 1 == 1.0, hash(1.0) == hash(1))
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    1.0 // 0.0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    int(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError")
print(type(1.0 + 1), type(2 * 1.0), (1.5).is_integer() if hasattr(1.5, "is_integer") else False)
