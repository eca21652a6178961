# mpconform: features=walrus
# A := in a comprehension binds in the enclosing function or module, not in the comprehension.
values = [y := 10, y ** 2]
print(values, y)
print([last := i for i in range(3)], last)


def f():
    total = 0
    sums = [total := total + i for i in range(4)]
    return sums, total


print(f())


def g():
    [(k := i) for i in "ab"]

    def h():
        return k
    return h()


print(g())


def outer():
    x = 0

    def inner():
        nonlocal x
        [(x := i * 2) for i in range(3)]
    inner()
    return x


print(outer())
if any((hit := n) > 2 for n in [1, 5, 3]):
    print("hit", hit)
