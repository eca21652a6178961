# Generator pipeline: a source, a filter and a map chained as generators, reduced by sum and max.
# mpconform-bench: n=3000 small=300
def source(n):
    x = 7
    for i in range(n):
        x = (x * 31 + 11) % 1009
        yield x


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def scaled(it, k):
    for v in it:
        yield v * k + 1


def bench(n):
    total = sum(scaled(evens(source(n)), 3))
    top = max(v for v in source(n) if v % 5)
    return total * 10000 + top
