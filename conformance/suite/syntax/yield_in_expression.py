# mpconform: features=generators
# yield as an expression inside other expressions needs parentheses
def g():
    x = (yield 1) + 10
    y = [(yield x)]
    yield y
it = g()
print(next(it), it.send(5), it.send("s"))
