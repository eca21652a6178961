# extending or adding a list to itself
a = [1, 2]
a.extend(a)
print(a)
a += a[:1]
print(a)
b = [0]
b = b + b
print(b)
