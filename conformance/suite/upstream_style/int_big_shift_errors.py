try:
    1 << -1
except ValueError:
    print("ValueError")
try:
    (2 ** 70) >> -1
except ValueError:
    print("ValueError")
try:
    (2 ** 70) // 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    (2 ** 70) % 0
except ZeroDivisionError:
    print("ZeroDivisionError")
print(1 << 100, (1 << 100) >> 99)
