# mpconform: features=generators
# the value of a yield expression is None when resumed with next()
def g():
    a = yield 1
    b = yield a
    yield b
it = g()
print(next(it), next(it), it.send("x"))
