# mpconform: features=float
# % with a float operand follows the divisor's sign
for a, b in ((-7, 2.0), (7, -2.0), (-7.5, -2), (5.5, 5.5), (0.0, -3.0)):
    print(a, b, a % b)
