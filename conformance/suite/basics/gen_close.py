# mpconform: features=generators
# close() raises GeneratorExit inside; finally blocks run
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g()
print(next(it))
it.close()
print(next(it, "exhausted"))
it.close()
