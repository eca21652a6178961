big = 10 ** 20
print(big > 1, big < 1, big == big + 0, big != big + 1)
print(-big < 0, -big < big, big >= big, big <= big - 1)
print(max(big, 1), min(-big, 5))
print(big in [10 ** 20], hash(big) == hash(10 ** 20))
print(sorted([big, -big, 0, big * 2]))
print(big == float(big), 2 ** 63 - 1 < 2 ** 63)
