# mpconform: features=float
# abs of floats
for f in (1.5, -1.5, 0.0, -0.0, float("-inf")):
    print(abs(f))
