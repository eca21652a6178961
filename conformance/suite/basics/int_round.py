# round() of ints with negative ndigits rounds half to even
print(round(5), round(-5))
print(round(1234, -1), round(1235, -1), round(1245, -1), round(1250, -2), round(1350, -2))
print(round(-1250, -2), round(-1350, -2))
print(type(round(7)).__name__)
