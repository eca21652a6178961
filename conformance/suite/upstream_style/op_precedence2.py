print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(1 + 2 << 3, 1 | 2 & 3, 1 ^ 2 | 4, 5 & 3 ^ 1)
print(not 1 == 2, not (1 and 0), 1 < 2 and 2 < 3 or False)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, -7 // 2 * 2)
print(1 if 0 else 2 if 0 else 3)
print(~1 + 1, -~1, not not 0)
x = 3
print(x * -1, x - -x, x ** -1)
print(1 + (2 if x > 2 else 0), [1, 2][x > 2])
