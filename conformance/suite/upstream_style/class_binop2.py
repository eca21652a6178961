class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __sub__(self, o):
        return V(self.x - o.x)
    def __mul__(self, k):
        return V(self.x * k)
    def __truediv__(self, k):
        return V(self.x / k)
    def __floordiv__(self, k):
        return V(self.x // k)
    def __mod__(self, k):
        return V(self.x % k)
    def __pow__(self, k):
        return V(self.x ** k)
    def __and__(self, k):
        return V(self.x & k)
    def __or__(self, k):
        return V(self.x | k)
    def __xor__(self, k):
        return V(self.x ^ k)
    def __lshift__(self, k):
        return V(self.x << k)
    def __rshift__(self, k):
        return V(self.x >> k)
    def __repr__(self):
        return "V(%r)" % (self.x,)
a = V(6)
print(a + V(1), a + 2, a - V(1), a * 3, a / 4, a // 4, a % 4, a ** 2)
print(a & 3, a | 1, a ^ 2, a << 1, a >> 1)
try:
    a @ a
except TypeError:
    print("TypeError")
try:
    2 + a
except TypeError:
    print("TypeError")
