def inner():
    yield 1
    yield 2
    return "ret"
def outer():
    r = yield from inner()
    print("got", r)
    yield 3
print(list(outer()))
def delegate_list():
    yield from [10, 20]
    yield from "ab"
    yield from range(2)
print(list(delegate_list()))
def echo():
    while True:
        x = yield
        if x is None:
            return "end"
        print("echo", x)
def wrap():
    r = yield from echo()
    yield r
g = wrap()
next(g)
g.send(1)
g.send(2)
print(g.send(None))
