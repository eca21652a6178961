def g():
    try:
        yield 1
        yield 2
    except KeyError:
        print("got KeyError")
        yield "recovered"
    finally:
        print("finally")
it = g()
print(next(it))
print(it.throw(KeyError))
it.close()
it2 = g()
try:
    it2.throw(ValueError)
except ValueError:
    print("ValueError unstarted")
it3 = g()
next(it3)
try:
    it3.throw(ValueError("v"))
except ValueError as e:
    print("ValueError", e)
def h():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it4 = h()
next(it4)
try:
    it4.close()
except RuntimeError:
    print("RuntimeError")
