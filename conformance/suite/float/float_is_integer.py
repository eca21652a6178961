# mpconform: features=float
# float.is_integer
for f in (1.0, 1.5, -2.0, 0.0, 1e20):
    print(f, f.is_integer())
