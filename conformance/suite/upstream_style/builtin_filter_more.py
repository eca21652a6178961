print(list(filter(None, [0, 1, "", "a", None, [], [1]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")))
f = filter(None, [1, 0, 2])
print(next(f), next(f))
try:
    next(f)
except StopIteration:
    print("StopIteration")
try:
    filter(None, 5)
except TypeError:
    print("TypeError")
print(type(filter(None, [])))
