# mpconform: features=float
# an exactly representable tie rounds to even in %-formatting (as C printf does)
for f in (0.5, 1.5, 2.5, 0.125, 0.375, 1.0625, 2.25):
    print("%.0f %.1f %.2f %.3f" % (f, f, f, f))
