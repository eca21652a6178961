# all() and any() short-circuit over iterables
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]))
def gen():
    yield 1
    yield 0
    print("not reached")
    yield 1
print(all(gen()))
print(any(x > 2 for x in range(10)))
