# mpconform: features=generators
# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def g():
    yield 1
    raise StopIteration
it = g()
next(it)
try:
    next(it)
except RuntimeError:
    print("RuntimeError")
except StopIteration:
    print("StopIteration")
