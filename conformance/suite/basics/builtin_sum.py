# sum() with start value
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(101)), sum([[1], [2]], []))
print(sum((x for x in range(4)), -6))
