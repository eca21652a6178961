print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10))
print(sum([0.5, 0.25]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum(x * x for x in range(4)))
print(sum([2**64, 2**64]))
try:
    sum(["a", "b"])
except TypeError:
    print("TypeError")
try:
    sum(5)
except TypeError:
    print("TypeError")
try:
    sum([1, "a"])
except TypeError:
    print("TypeError")
