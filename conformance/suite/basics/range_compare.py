# ranges compare by the sequence they produce
print(range(0) == range(2, 2), range(0, 3) == range(3), range(1, 5, 2) == range(1, 6, 2))
