# mpconform: features=generators
# a generator that yields after GeneratorExit makes close() raise RuntimeError
def g():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2
it = g()
next(it)
try:
    it.close()
except RuntimeError:
    print("RuntimeError")
