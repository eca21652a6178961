# mpconform: features=float
# str() switches to exponent notation at 1e16 and below 1e-4
for f in (1e15, 1e16, 1e17, 1e22, 1e100, 0.001, 0.0001, 0.00001, 1e-10, -1e20, 5e-324 * 0 + 1e-300):
    print(f)
