s = "héllo"
print(s[0], s[1], s[-1], s[1:3], len(s), list(s))
for c in "ab":
    print(c, ord(c))
try:
    s[10]
except IndexError:
    print("IndexError")
try:
    s[0] = "x"
except TypeError:
    print("TypeError")
try:
    s["a"]
except TypeError:
    print("TypeError")
print(type(s[0]), str(), str(5), str(None), str(b"a"), str([1]))
