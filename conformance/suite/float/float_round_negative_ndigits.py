# mpconform: features=float
# round() of floats to tens and hundreds
for f in (1234.5, 1250.0, 1350.0, -1250.0, 15.0, 25.0):
    print("%.1f" % round(f, -1), "%.1f" % round(f, -2))
