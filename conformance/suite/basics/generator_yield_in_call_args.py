# yield as call arguments: the callee, earlier arguments and later arguments keep source order.
def log(tag, v):
    print("eval", tag)
    return v


def show(*args, **kw):
    print("call", args, sorted(kw.items()))
    return len(args)


def g():
    n = log("f", show)(log("x", 1), (yield "y1"), log("z", 3), k=(yield "y2"), m=log("m", 4))
    print("n =", n)


it = g()
print(next(it))
print(it.send("A"))
try:
    it.send("B")
except StopIteration:
    print("done")
