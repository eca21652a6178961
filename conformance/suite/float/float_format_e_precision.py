# mpconform: features=float
# exponent formatting with different precisions and signs
for f in (1.0, 12345.0, 0.00012345, -98765.4321, 1e100, 1e-100):
    print("%.0e %.2e %.4E" % (f, f, f))
