# return inside finally in a generator ends it and discards the pending exception.
def g():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "from finally"


it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
except ValueError:
    print("ValueError")


def h():
    for i in range(3):
        try:
            yield i
        finally:
            if i == 1:
                return
print(list(h()))
