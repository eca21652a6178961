def acc():
    total = 0
    while True:
        x = yield total
        total += x
a = acc()
print(next(a), a.send(5), a.send(10))
def g():
    x = yield 1
    print("x", x)
    yield 2
it = g()
try:
    it.send(5)
except TypeError:
    print("TypeError")
print(it.send(None), it.send("v"))
