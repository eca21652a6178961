l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[2:4]
print(l)
del l[::2]
print(l)
d = {1: 2, 3: 4}
del d[1]
print(d)
try:
    del d[99]
except KeyError:
    print("KeyError")
try:
    del l[100]
except IndexError:
    print("IndexError")
t = (1, 2)
try:
    del t[0]
except TypeError:
    print("TypeError")
a, b = [1], [2]
del a[0], b[0]
print(a, b)
