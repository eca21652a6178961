# decorators may be arbitrary expressions (PEP 614)
decos = {"twice": lambda fn: lambda: fn() * 2}
@decos["twice"]
def f():
    return 21
print(f())
class Holder:
    def __init__(self):
        self.d = lambda fn: lambda: "held " + fn()
h = Holder()
@h.d
def g():
    return "g"
print(g())
