# mpconform: features=float
# floats in lists: index, count, in, min, max, sum
l = [0.5, 1.5, 0.5, 2.0]
print(l.index(1.5), l.count(0.5), 2 in l, 2.0 in l, min(l), max(l), sum(l))
