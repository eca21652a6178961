a = b = c = [1]
print(a is b, b is c)
a, b = b, a
x, (y, z) = 1, (2, 3)
print(x, y, z)
[p, q] = "ab"
print(p, q)
i = 0
l = [0, 0, 0]
i, l[i] = 1, 5
print(i, l)
try:
    a, b = 1, 2, 3
except ValueError:
    print("ValueError")
try:
    a, b, c = 1, 2
except ValueError:
    print("ValueError")
try:
    a, b = 5
except TypeError:
    print("TypeError")
