# mpconform: features=float,bigint
# comparisons and arithmetic of floats with big ints
big = 2 ** 70
print(float(big) == big, big < 1e22, big > 1e20)
print(int(float(big)) == big)
print(big / 2 ** 69)
