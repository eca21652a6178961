# true division of ints gives a float
# mpconform: features=float
print(7 / 2, -7 / 2, 6 / 3, 1 / 4, 0 / 5)
print(type(6 / 3).__name__)
try:
    1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
