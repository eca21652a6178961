# yield inside a larger expression: operands are evaluated left to right around the suspension.
def log(tag, v):
    print("eval", tag)
    return v


def g():
    r = log("a", 1) + (yield "first") + log("b", 10)
    print("r =", r)
    s = [log("c", 1), (yield "second"), log("d", 2)]
    print("s =", s)
    t = (yield "third") * log("e", 3)
    print("t =", t)


it = g()
print(next(it))
print(it.send(100))
print(it.send(200))
try:
    it.send(7)
except StopIteration:
    print("done")
