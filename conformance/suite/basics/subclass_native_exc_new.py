# A subclass of a native exception with __new__ and __init__: which runs, and what args end up as.
class F(ValueError):
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)

    def __init__(self, *a):
        print("init", a)
        super().__init__(*a)


f = F("x", 1)
print(type(f).__name__, f.args, isinstance(f, ValueError))
try:
    raise F("boom")
except ValueError as ex:
    print("caught", type(ex).__name__, ex.args)


class G(Exception):
    def __new__(cls, *a):
        return ValueError("other")


g = G()
print(type(g).__name__, g.args)


class S(Exception):
    inst = None

    def __new__(cls, *a):
        if cls.inst is None:
            cls.inst = super().__new__(cls)
        return cls.inst


print(S() is S(), isinstance(S(), Exception))
