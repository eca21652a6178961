# mpconform: features=float
# "{}" and "{!s}" format floats like str()
for f in (0.5, 100.0, 1e20, 1e-5, -2.75):
    print("{} {!s} {!r}".format(f, f, f), str(f))
