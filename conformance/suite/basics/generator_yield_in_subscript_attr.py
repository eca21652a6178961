# yield in subscripts and attribute targets: evaluation order around the suspension.
def log(tag, v):
    print("eval", tag)
    return v


class Box:
    pass


def g():
    print("start")
    yield 1
    lst = [0, 0, 0]
    lst[(yield 2)] = log("rhs", 9)
    print(lst)
    b = Box()
    b.attr = (yield 3) + log("after", 1)
    print(b.attr)
    print(log("obj", [10, 20, 30])[(yield 4)])


it = g()
print(next(it))
for v in (None, 1, 5, 2):
    try:
        print(it.send(v))
    except StopIteration:
        print("done")
