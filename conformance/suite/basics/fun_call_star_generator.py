# *iterable may be a generator, consumed before the call; ** may be a dict built on the fly.
def gen():
    for i in range(3):
        print("gen", i)
        yield i


def f(*a, **k):
    print("in f")
    return a, sorted(k.items())


print(f(*gen(), **{k: len(k) for k in ("x", "yy")}))
print(f(*(i * i for i in range(3)), *"ab"))
