# mpconform: features=float
# powers with float operands
print(2.0 ** 3, 2 ** -2, 0.5 ** 2, (-2.0) ** 2, 10.0 ** -1)
print(0.0 ** 0, 1.0 ** 1e10)
try:
    0.0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
