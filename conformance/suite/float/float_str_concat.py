# mpconform: features=float
# float in string concatenation and join
print("x=" + str(2.5) + ";")
print(",".join(str(f) for f in (0.5, 1.0, 1.25)))
