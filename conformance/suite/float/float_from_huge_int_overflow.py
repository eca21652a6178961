# mpconform: features=float,bigint
# float() of an int beyond the double range raises OverflowError
try:
    print(float(10 ** 400))
except OverflowError:
    print("OverflowError")
