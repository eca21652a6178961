# Closures: factories of adders and counters, nonlocal state, calls through lists of closures.
# mpconform-bench: n=2000 small=200
def adder(k):
    def add(v):
        return v + k
    return add


def counter():
    count = 0

    def bump(by):
        nonlocal count
        count += by
        return count
    return bump


def bench(n):
    fs = [adder(k) for k in range(8)]
    bump = counter()
    total = 0
    for i in range(n):
        total = fs[i % 8](total) % 100003
        bump(i % 3)
    return total * 100000 + bump(0)
