# mpconform: features=float
# chained comparisons mixing ints and floats
print(0 < 0.5 < 1, 1.0 == 1 == 1.0, 0.1 < 0.2 > 0.15)
print(sorted([0.5, 1, -0.5, 0]) == [-0.5, 0, 0.5, 1])
