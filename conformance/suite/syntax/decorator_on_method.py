# decorators on methods, with staticmethod stacking
def shout(fn):
    def w(*a):
        return fn(*a).upper()
    return w
class C:
    @shout
    def m(self):
        return "method"
    @staticmethod
    @shout
    def s():
        return "static"
print(C().m(), C.s())
