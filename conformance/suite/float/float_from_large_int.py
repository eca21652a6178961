# mpconform: features=float,bigint
# float() of a big int rounds to the nearest double
print(float(2 ** 64) == 2.0 ** 64, float(10 ** 20) == 1e20, float(2 ** 53 + 1) == 2.0 ** 53)
