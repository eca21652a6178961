# mpconform: features=float
# dividing a float by int zero and int by float zero both raise
for a, b in ((1.5, 0), (1, 0.0), (0.0, 0)):
    try:
        a / b
    except ZeroDivisionError:
        print("ZeroDivisionError", a, b)
