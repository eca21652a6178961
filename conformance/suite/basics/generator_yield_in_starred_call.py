# yield supplying the iterable of *args and the mapping of **kwargs.
def f(*a, **k):
    return a, sorted(k.items())


def g():
    r = f(0, *(yield "args?"), **(yield "kwargs?"))
    print(r)


it = g()
print(next(it))
print(it.send([1, 2]))
try:
    it.send({"k": 3})
except StopIteration:
    print("done")
