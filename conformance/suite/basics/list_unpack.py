# sequence unpacking into names
a, b = [1, 2]
(c, d), e = [3, 4], 5
print(a, b, c, d, e)
try:
    x, y = [1, 2, 3]
except ValueError:
    print("ValueError too many")
try:
    x, y, z = [1, 2]
except ValueError:
    print("ValueError not enough")
