# yield in a with-item expression and inside try/finally: the context manager and finally see the order.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name)
        return False


def g():
    with CM((yield "name?")) as n:
        print("body", n)
        try:
            v = (yield "inside") + 1
            print("v", v)
        finally:
            print("finally")
    yield "after"


it = g()
print(next(it))
print(it.send("cm1"))
print(it.send(41))
