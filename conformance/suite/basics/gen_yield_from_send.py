# mpconform: features=generators
# send() and throw() pass through yield from to the subgenerator
def sub():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError:
            x = 100
        if x is None:
            return total
        total += x
def outer():
    result = yield from sub()
    yield "final %d" % result
g = outer()
print(next(g), g.send(1), g.send(2), g.throw(ValueError), g.send(None))
