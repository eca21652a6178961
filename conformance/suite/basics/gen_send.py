# mpconform: features=generators
# send() delivers values into the generator; the first send must be None
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
g = echo()
print(g.send(None), g.send("a"), g.send("b"), g.send(None))
g2 = echo()
try:
    g2.send(1)
except TypeError:
    print("TypeError")
