class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        return self.v + n
a = A(3)
m = a.get
print(m())
print(a.add(4), A.add(a, 5))
f = a.add
print(f(10))
l = [a.get, A(7).get]
print([g() for g in l])
print(type(m).__name__)
try:
    A.get()
except TypeError:
    print("TypeError")
try:
    a.get(1)
except TypeError:
    print("TypeError")
