# mpconform: features=float
# str() of floats with short exact representations
for f in (0.0, -0.0, 1.0, -1.0, 0.5, 0.25, 1.5, 100.0, 1234.5, 0.125, 2.0 ** 20, 1e-3):
    print(f, str(f), repr(f))
