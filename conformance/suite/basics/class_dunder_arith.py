# arithmetic dunders, including reflected and in-place ones
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __sub__(self, o):
        return V(self.x - o.x)
    def __mul__(self, k):
        return V(self.x * k)
    def __rmul__(self, k):
        return V(k * self.x * 100)
    def __neg__(self):
        return V(-self.x)
    def __iadd__(self, o):
        self.x += o
        return self
    def __repr__(self):
        return "V(%d)" % self.x
a = V(2)
print(a + V(3), a + 1, 1 + a, V(5) - a, a * 3, 3 * a, -a)
b = a
b += 10
print(a, b, a is b)
