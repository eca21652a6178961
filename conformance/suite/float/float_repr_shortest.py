# mpconform: features=float
# repr of floats is the shortest string that round-trips
for f in (0.1, 0.2, 0.3, 1.1, 2.675, 1 / 3, 2 / 3, 0.1 + 0.2, 1e-5, 123.456):
    print(repr(f))
