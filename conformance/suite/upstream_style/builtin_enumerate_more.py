print(list(enumerate("abc")))
print(list(enumerate("abc", 5)))
print(list(enumerate([], 1)))
print(list(enumerate(range(3), -2)))
print(list(enumerate(iterable="xy", start=1)))
e = enumerate([10, 20])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("StopIteration")
try:
    enumerate(5)
except TypeError:
    print("TypeError")
print(type(enumerate([])))
