# mpconform: features=float
# %.0f of a large float prints every integer digit exactly
print("%.0f" % 2.0 ** 70)
print("%.0f" % 1e22)
print("{:.1f}".format(2.0 ** 64))
