# floordiv, mod, pow, truediv-free and bitwise dunders
class N:
    def __init__(self, v):
        self.v = v
    def __floordiv__(self, o): return "floordiv %d" % o
    def __mod__(self, o): return "mod %d" % o
    def __pow__(self, o): return "pow %d" % o
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __invert__(self): return "invert"
    def __pos__(self): return "pos"
n = N(1)
print(n // 2, n % 3, n ** 4, n & 1, n | 1, n ^ 1, n << 1, n >> 1, ~n, +n)
