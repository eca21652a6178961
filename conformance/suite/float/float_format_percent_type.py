# mpconform: features=float
# the % presentation type multiplies by 100
print("{:%}".format(0.5))
print("{:.1%}".format(0.123))
print("{:.0%}".format(1.0))
