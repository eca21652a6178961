print(1 + 1, 5 - 7, 3 * -4, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 8)
print(0x10, 0o17, 0b101, 1_000, 0xFF & 0x0F, 6 | 9, 6 ^ 3, ~5, 1 << 4, 256 >> 2)
print(int("12"), int(" 42 "), int("-0"), int("0x1f", 16), int("z", 36), int("101", 2), int("0b11", 0))
print(int(3.9), int(-3.9), int(True), int())
for bad in ("", "1.5", "abc", "1 2"):
    try:
        int(bad)
    except ValueError:
        print("ValueError")
try:
    int("1", 1)
except ValueError:
    print("ValueError")
try:
    int([])
except TypeError:
    print("TypeError")
try:
    1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    1 // 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    1 % 0
except ZeroDivisionError:
    print("ZeroDivisionError")
