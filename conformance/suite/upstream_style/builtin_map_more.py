print(list(map(abs, [-1, 2, -3])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(str, range(3))))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
m = map(int, "12")
print(next(m), next(m))
try:
    next(m)
except StopIteration:
    print("StopIteration")
try:
    map(abs, 5)
except TypeError:
    print("TypeError")
try:
    list(map(abs, ["a"]))
except TypeError:
    print("TypeError")
print(type(map(abs, [])))
