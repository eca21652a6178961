# mpconform: features=float
# format spec with precision but no type behaves like g with at least one digit after the point
print("{:.3}".format(3.14159), "{:.3}".format(1234.5), "{:10.2}|".format(0.5))
