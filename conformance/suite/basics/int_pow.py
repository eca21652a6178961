# integer powers, negative exponent gives float
print(2 ** 10, (-2) ** 3, (-2) ** 4, 0 ** 0, 1 ** 1000, (-1) ** 1001)
print(pow(3, 4), pow(-3, 3))
print(2 ** -1, 4 ** -2)
print(10 ** 0)
