# mpconform: features=generators
# an exhausted generator keeps raising StopIteration
def g():
    yield 1
it = g()
print(list(it), list(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
