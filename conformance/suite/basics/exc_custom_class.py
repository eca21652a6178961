# user-defined exceptions with extra state
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

try:
    raise MyError(42, "bad")
except MyError as e:
    print(type(e).__name__, e.code, e.args)
except Exception:
    print("wrong handler")
class Sub(MyError):
    pass
try:
    raise Sub(1, "s")
except MyError as e:
    print("caught", type(e).__name__, e.args)
