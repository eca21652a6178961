# mpconform: features=float
# round() with ndigits returns a float; checked by formatting
for f, n in ((3.14159, 2), (3.14159, 0), (1234.5678, -2), (0.5, 0), (2.5, 0), (0.375, 2)):
    r = round(f, n)
    print(type(r).__name__, "%.4f" % r)
