class E(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E("bad", 42)
except ValueError as e:
    print(e, e.code, e.args, type(e).__name__)
class F(Exception):
    def __str__(self):
        return "custom str"
try:
    raise F(1, 2)
except F as e:
    print(e, e.args)
