# mpconform: features=float
# floats holding integers print with .0 until 1e16
for e in range(0, 17, 2):
    print(float(10 ** e))
