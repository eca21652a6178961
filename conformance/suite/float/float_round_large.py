# mpconform: features=float
# round() of large floats to int
print(round(1e15), round(-1e15), round(2.0 ** 52 + 0.5))
