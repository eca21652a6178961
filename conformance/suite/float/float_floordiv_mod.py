# mpconform: features=float
# floor division and modulo of floats follow the sign of the divisor
for a in (7.5, -7.5, 7.0, -7.0):
    for b in (2.0, -2.0, 0.5):
        print(a, b, a // b, a % b)
