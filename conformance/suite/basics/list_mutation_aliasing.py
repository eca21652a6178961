# aliases observe in-place changes; copies do not
a = [1, 2]
b = a
c = a[:]
d = list(a)
a.append(3)
a[0] = 9
print(a, b, c, d)
