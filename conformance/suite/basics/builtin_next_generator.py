# next() on a generator drives it one step
def g():
    yield "a"
    yield "b"
it = g()
print(next(it), next(it), next(it, None))
