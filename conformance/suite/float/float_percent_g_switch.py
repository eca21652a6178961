# mpconform: features=float
# %g switches between fixed and exponent forms by magnitude
for f in (1e-5, 1e-4, 0.5, 123456, 1234567, 1e10, 1.5e-7):
    print("%g %G %.2g" % (f, f, f))
