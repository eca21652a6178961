# mpconform: features=float
# true division results printed with limited precision
for a, b in ((1, 3), (2, 3), (10, 7), (-1, 6), (22, 7)):
    print("%.6f %.10f" % (a / b, a / b))
