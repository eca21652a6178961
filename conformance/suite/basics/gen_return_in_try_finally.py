# mpconform: features=generators
# return inside try/finally in a generator runs the finally
def g():
    try:
        yield 1
        return "r"
    finally:
        print("finally")
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
