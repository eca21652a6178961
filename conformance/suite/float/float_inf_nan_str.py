# mpconform: features=float
# str of inf, -inf and nan, and float() parsing them
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(float("INF"), float("-Infinity"), float("infinity"), float("NaN"))
print("%f %f %f" % (inf, -inf, nan))
print("{} {} {}".format(inf, -inf, nan))
