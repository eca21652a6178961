t = (1, 2, 3)
print(t[0], t[-1], t[1:], t * 2, t + (4,), len(t), 2 in t, t.index(3), t.count(1))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(2)))
print(t == (1, 2, 3), t < (1, 2, 4), (1,) < (1, 2), t > (0,), t != [1, 2, 3])
print(repr((1,)), repr(()), str((None, "a")))
print(hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError:
    print("TypeError")
try:
    t[10]
except IndexError:
    print("IndexError")
try:
    t.index(9)
except ValueError:
    print("ValueError")
try:
    hash(([],))
except TypeError:
    print("TypeError")
try:
    t + [1]
except TypeError:
    print("TypeError")
