# mpconform: features=float
# // with floats rounds toward negative infinity
for a, b in ((7.0, 2), (-7.0, 2), (7.5, -2), (-0.5, 1), (0.5, -1)):
    print(a, b, a // b)
