class R:
    def __radd__(self, o):
        return "radd %r" % (o,)
    def __rsub__(self, o):
        return "rsub %r" % (o,)
    def __rmul__(self, o):
        return "rmul %r" % (o,)
print(1 + R(), "s" + R(), 2 - R(), 3 * R(), [1] * R())
class A:
    def __add__(self, o):
        return "A.add"
class B:
    def __radd__(self, o):
        return "B.radd"
print(A() + B(), 1 + B())
