# mpconform: features=generators
# a generator cannot be resumed while it is running
def g():
    yield me.send(None)
me = g()
try:
    next(me)
except ValueError:
    print("ValueError")
