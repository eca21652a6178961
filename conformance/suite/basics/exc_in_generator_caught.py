# exceptions raised inside a generator surface at next()
def g():
    yield 1
    raise ValueError("from gen")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print(type(e).__name__, e.args)
print(next(it, "exhausted"))
