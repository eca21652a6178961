class MyErr(Exception):
    pass
class Sub(MyErr):
    pass
try:
    raise Sub("boom")
except MyErr as e:
    print(type(e).__name__, e, e.args, isinstance(e, Exception))
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
try:
    raise WithInit(1, 2)
except WithInit as e:
    print(e, e.args)
print(repr(MyErr("x")), str(MyErr()), repr(MyErr()))
