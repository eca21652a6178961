# mpconform: features=float
# the format() builtin applied to floats
print(format(1.5, "08.3f"), format(-2.25, "+.1e"), format(0.5, ".0%"))
print(format(3.0), format(2.5, ""))
