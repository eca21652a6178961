def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "caught in inner"
def outer():
    yield from inner()
g = outer()
print(next(g))
print(g.throw(ValueError))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def inner2():
    try:
        yield 1
    finally:
        print("inner2 finally")
def outer2():
    yield from inner2()
g = outer2()
next(g)
g.close()
print("closed")
