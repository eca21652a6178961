# mpconform: features=float
# inf and nan through format specs
inf, nan = float("inf"), float("nan")
print("{:f} {:e} {:g} {:.2f}".format(inf, -inf, nan, inf))
print("[%8.2f] [%-8f]" % (inf, -inf))
