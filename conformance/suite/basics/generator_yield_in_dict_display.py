# mpconform: features=module:micropython
# The unix port evaluates a dict display entry's value before its key, also around a yield
# (CPython: key, then value).
def log(tag, v):
    print("eval", tag)
    return v


def g():
    d = {log("k1", "a"): (yield 1), log("k2", "b"): log("v2", 2)}
    print(sorted(d.items()))


it = g()
print(next(it))
try:
    it.send("x")
except StopIteration:
    print("done")
print({log("k", 1): log("v", 2)})
