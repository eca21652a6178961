# list.index with start and stop bounds
l = [1, 2, 1, 2, 1]
print(l.index(1), l.index(1, 1), l.index(1, 3), l.index(2, 2, 4))
try:
    l.index(2, 4)
except ValueError:
    print("ValueError")
