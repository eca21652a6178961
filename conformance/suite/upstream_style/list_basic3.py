l = [1, 2, 3]
print(l[0], l[-1], l[1:], l[:-1], l[::-1], l[::2], l[5:], l[-10:1])
print(l + [4], l * 2, 2 * [0], [] * 5, len(l))
print(l == [1, 2, 3], l < [1, 2, 4], l > [1, 2], [] < [0])
l[0] = 10
l[-1] = 30
print(l)
try:
    l[3]
except IndexError:
    print("IndexError")
try:
    l[3] = 1
except IndexError:
    print("IndexError")
try:
    l["a"]
except TypeError:
    print("TypeError")
try:
    l + (1,)
except TypeError:
    print("TypeError")
try:
    [1] < ["a"]
except TypeError:
    print("TypeError")
print(repr([]), repr([[]]), str([None, "s", 1.5]))
