# mpconform: features=float
# exactly representable halves round to even in fixed formatting
for f in (0.5, 1.5, 2.5, 3.5, 0.25, 0.75):
    print("{:.0f} {:.1f}".format(f, f))
