# divmod(a, b) == (a // b, a % b) and b * q + r == a
for a in (17, -17, 5, -5, 0, 123456, -123456):
    for b in (1, -1, 5, -5, 17, -17):
        q, r = divmod(a, b)
        print(a, b, q, r, q == a // b, r == a % b, b * q + r == a)
