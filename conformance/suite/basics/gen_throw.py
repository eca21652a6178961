# mpconform: features=generators
# throw() raises inside the generator at the paused yield
def g():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            yield "handled " + str(e.args[0])
it = g()
print(next(it), it.throw(ValueError("v1")), next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e.args)
print(next(it, "closed"))
