# mpconform: features=float
# int op float yields float
print(1 + 0.5, 2 * 1.5, 3 - 0.25, 1 / 2.0, 7 // 2.0, 7 % 2.5)
print(type(1 + 0.0).__name__, type(2 * 1.0).__name__)
print(2 ** 0.5 > 1.414, 2 ** 0.5 < 1.415)
print(4 ** 0.5, 8 ** (1 / 3) > 1.99)
