# mpconform: features=float
# Horner evaluation of a polynomial with float coefficients
def horner(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = acc * x + c
    return acc
print([horner([1.5, -2, 0.5], x) for x in (0, 1, 2, 0.5)])
