# precedence of arithmetic, bitwise, comparison and boolean operators
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 4 - 3)
print(1 | 2 ^ 3 & 4, 1 << 2 + 1, ~1 + 1, not 1 == 2, 1 + 2 == 3 and 4 < 5)
print(7 // 2 * 2, 7 % 3 * 2, -7 // 2)
