# mpconform: features=generators
# an exception in the consumer does not skip the generator's finally when closed
def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
it = g()
try:
    for v in it:
        raise ValueError(v)
except ValueError as e:
    print("consumer error", e.args)
it.close()
