# mpconform: features=generators
# yield from delegates iteration and returns the subgenerator's value
def sub():
    yield "a"
    yield "b"
    return "sub-done"
def outer():
    r = yield from sub()
    yield "outer got " + r
    yield from [1, 2]
    yield from range(3, 5)
print(list(outer()))
