# comparisons between ints, including chained comparisons
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 <= 1 < 2, 2 >= 2 > 3)
x = 5
print(0 < x <= 5, 0 < x < 5)
