print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 10, 2)
print(r[0], r[-1], r[2], len(r))
print(r[1:3], r[::-1], r[::2])
print(3 in r, 4 in r, 9 in r, 11 in r)
print(range(3) == range(3), range(0) == range(5, 2))
print(repr(range(4)), repr(range(1, 4)), repr(range(1, 4, 2)))
print(r.start, r.stop, r.step)
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError")
try:
    r[10]
except IndexError:
    print("IndexError")
try:
    range(1.5)
except TypeError:
    print("TypeError")
try:
    range()
except TypeError:
    print("TypeError")
print(type(range(1)))
