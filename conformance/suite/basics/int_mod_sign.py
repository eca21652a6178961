# the result of % takes the sign of the divisor
for a in (7, -7, 0, 6, -6, 100, -100):
    for b in (3, -3, 4, -4):
        print(a, b, a % b)
