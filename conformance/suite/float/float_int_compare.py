# mpconform: features=float
# comparisons between ints and floats
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 == -1.0, 0 == -0.0)
print(1.0 in [1, 2], 2 in [1.0, 2.0])
print(sorted([3, 1.5, 2, 0.5, -1]))
print(max(1, 1.5), min(2, 1.5))
