# mpconform: features=float
# %-formatting rounds to the requested digits (values chosen with no exact ties)
for f in (0.7, 1.3, 2.6, 0.126, 0.374, 1.0626, 99.996, 0.001):
    print("%.0f %.1f %.2f %.3f" % (f, f, f, f))
