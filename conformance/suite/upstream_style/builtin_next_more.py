it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
g = (x for x in "ab")
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
try:
    next([1])
except TypeError:
    print("TypeError")
try:
    next(5)
except TypeError:
    print("TypeError")
class It:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(next(It()))
i = It()
print(next(i), next(i), next(i, "done"))
