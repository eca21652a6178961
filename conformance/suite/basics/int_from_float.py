# int() of a float truncates toward zero
# mpconform: features=float
for f in (0.0, 0.9, 1.5, -0.9, -1.5, 2.999, -2.999, 1e6, -1e6):
    print(f, int(f))
for bad in (float("inf"), float("-inf")):
    try:
        int(bad)
    except OverflowError:
        print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError")
