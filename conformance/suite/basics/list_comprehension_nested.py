# nested list comprehensions and conditions
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print([x for x in range(20) if x % 2 if x % 3])
print([y for x in [[1, 2], [3]] for y in x])
