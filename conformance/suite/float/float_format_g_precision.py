# mpconform: features=float
# %g with precision strips trailing zeros; %#g keeps them
for f in (1.0, 1.5, 100.0, 123456789.0, 0.000123):
    print("%.3g %.6g %.1g" % (f, f, f))
