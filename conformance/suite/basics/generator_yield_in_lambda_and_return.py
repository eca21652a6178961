# yield in a return expression: the generator's return value is computed after the send.
def g():
    x = yield
    return (yield x * 2) + 1


it = g()
print(next(it))
print(it.send(5))
try:
    it.send(41)
except StopIteration as e:
    print("returned", e.value)

