# floor division rounds toward negative infinity for every sign combination
for a in (7, -7, 0, 1, -1, 13, -13):
    for b in (2, -2, 3, -3, 7, -7):
        print(a, b, a // b)
