# mpconform: features=float
# float literal forms
print(1.0, 1., .5, 1e2, 1E-2, 1_0.0_1, 0.0, 1e0)
