# mpconform: features=float
# summing in different orders can differ in the last bits; formatted here
vals = [1e16, 1.0, -1e16]
print("%.1f %.1f" % (sum(vals), sum(sorted(vals))))
