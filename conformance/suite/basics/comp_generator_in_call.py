# a generator expression as the sole argument needs no extra parentheses
print(sum(x for x in range(4)), sorted(c for c in "cab"), "-".join(str(i) for i in (1, 2)))
