class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(self.v + 0.5)
    def __invert__(self):
        return N(~self.v)
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v)
    def __repr__(self):
        return "N%d" % self.v if isinstance(self.v, int) else "N%s" % self.v
n = N(3)
print(-n, +n, ~n, int(n), float(n))
class M:
    pass
for op in (lambda x: -x, lambda x: +x, lambda x: ~x):
    try:
        op(M())
    except TypeError:
        print("TypeError")
