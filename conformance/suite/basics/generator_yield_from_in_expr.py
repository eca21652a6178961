# yield from inside expressions: the subgenerator's return value takes part in the expression.
def sub(n):
    yield "sub%d" % n
    return n * 10


def log(tag, v):
    print("eval", tag)
    return v


def g():
    x = log("left", 1) + (yield from sub(1)) + log("right", 2)
    print("x =", x)
    y = [(yield from sub(2)), (yield from sub(3))]
    print("y =", y)


print(list(g()))
