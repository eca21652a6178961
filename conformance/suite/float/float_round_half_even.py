# mpconform: features=float
# round() with no ndigits rounds half to even and returns an int
for f in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.6, -2.6):
    r = round(f)
    print(f, r, type(r).__name__)
