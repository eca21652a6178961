# mpconform: features=float
# %f accepts ints, %d accepts floats (truncating)
print("%f %.1f %d %i" % (3, 2, 3.9, -3.9))
print("%x" % 255, "%o" % 8)
