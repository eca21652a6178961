# iter() and next() with a default
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    iter(5)
except TypeError:
    print("TypeError")
