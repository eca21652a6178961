class A:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return A(self.v + o + 1000)
    def __isub__(self, o):
        self.v -= o
        return self
a = A(1)
b = a
a += 5
print(a.v, a is b)
a -= 2
print(a.v)
class B:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        return B(self.v * o)
b = B(3)
c = b
b *= 4
print(b.v, b is c)
l = [1]
m = l
l += [2]
print(l is m, m)
t = (1,)
u = t
t += (2,)
print(t is u, u, t)
