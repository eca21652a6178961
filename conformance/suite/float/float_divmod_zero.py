# mpconform: features=float
# divmod with a float zero divisor raises ZeroDivisionError
try:
    divmod(1.0, 0.0)
except ZeroDivisionError:
    print("ZeroDivisionError")
