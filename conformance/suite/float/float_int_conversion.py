# mpconform: features=float
# int <-> float conversions of exactly representable values
for i in (0, 1, -1, 2 ** 31, 2 ** 52, -(2 ** 53)):
    f = float(i)
    print(i, f == i, int(f) == i)
print(float(True), float(False))
print(int(2.0 ** 53))
