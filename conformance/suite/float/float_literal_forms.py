# mpconform: features=float
# float literal syntax
print(1., .5, 1e3, 1E3, 1e+3, 1e-3, 1_0.5, 0e0, 00.5)
