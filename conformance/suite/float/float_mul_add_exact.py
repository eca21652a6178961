# mpconform: features=float
# products and sums of dyadic rationals are exact
print(0.5 * 0.5, 0.25 + 0.125, 1.5 * 1.5, 3.75 - 0.25, 1024.0 * 1024.0, 0.1 * 10 == 1.0)
