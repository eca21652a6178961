data = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(data, key=lambda p: p[0]))
l = [5, 2, 8, 1, 9, 3]
l.sort()
print(l)
l.sort(key=lambda x: -x)
print(l)
l = ["aa", "b", "ccc", "dd"]
l.sort(key=len)
print(l)
try:
    [3, "a", 1].sort()
except TypeError:
    print("TypeError")
try:
    [1, 2].sort(1)
except TypeError:
    print("TypeError")
