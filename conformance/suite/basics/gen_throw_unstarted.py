# mpconform: features=generators
# throwing into an unstarted generator raises at once without running the body
def g():
    print("body ran")
    yield 1
it = g()
try:
    it.throw(ValueError("early"))
except ValueError as e:
    print("ValueError", e.args)
print(next(it, "exhausted"))
