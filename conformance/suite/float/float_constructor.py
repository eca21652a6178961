# mpconform: features=float
# float() with no args, with ints, with floats, with bools
print(float(), float(3), float(-3), float(2.5), float(True))
print(type(float(1)).__name__)
