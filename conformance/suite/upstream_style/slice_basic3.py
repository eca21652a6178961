s = "abcdefgh"
print(s[1:5:2], s[::-2], s[5:1:-1], s[-3:], s[:-3], s[100:], s[-100:2])
l = list(range(10))
print(l[::3], l[8:2:-2], l[-1:-5:-1], l[2:2], l[5:2])
t = tuple(l)
print(t[1:3], t[::-4])
try:
    l[::0]
except ValueError:
    print("ValueError")
try:
    s[1.5:]
except TypeError:
    print("TypeError")
print(l[None:3], l[:None], l[slice(2, None)])
