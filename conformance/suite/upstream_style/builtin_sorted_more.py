print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)))
print(sorted([3, 1, 2], reverse=True))
print(sorted(["bb", "a", "ccc"], key=len))
print(sorted([(2, "a"), (1, "b"), (2, "0")]))
print(sorted({3: 1, 1: 2}))
print(sorted([], key=abs), sorted(range(5, 0, -1)))
print(sorted([-3, 2, -1], key=abs, reverse=True))
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError")
try:
    sorted(5)
except TypeError:
    print("TypeError")
words = ["b", "A", "c", "B"]
print(sorted(words, key=str.lower))
