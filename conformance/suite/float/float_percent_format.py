# mpconform: features=float
# printf-style formatting of floats with %f %e %g
for f in (0.0, 1.0, -2.5, 3.14159, 123456.789, 0.000123):
    print("%f|%.2f|%10.3f|%-10.1f|%e|%.3e|%g|%.3g" % (f, f, f, f, f, f, f, f))
