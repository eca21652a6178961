print(min(3, 1, 2), max(3, 1, 2))
print(min([4, 5]), max("hello"), min("b", "a"))
print(min([], default=9), max([], default=None))
print(min([3, -4, 2], key=abs), max([3, -4, 2], key=abs))
print(max((1, "a"), (1, "b")), min([[2], [1, 5]]))
print(max(1, 2.5), min(-1, -1.5))
try:
    min([])
except ValueError:
    print("ValueError")
try:
    max()
except TypeError:
    print("TypeError")
try:
    max(1, "a")
except TypeError:
    print("TypeError")
try:
    min(5)
except TypeError:
    print("TypeError")
print(max([1, 2, 2, 1], key=lambda x: 0))
