# mpconform: features=float
# truth value of floats
for f in (0.0, -0.0, 0.1, float("inf"), float("nan")):
    print(f, bool(f))
