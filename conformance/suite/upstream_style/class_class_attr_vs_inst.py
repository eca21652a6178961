class A:
    lst = []
    def add(self, x):
        self.lst.append(x)
a, b = A(), A()
a.add(1)
b.add(2)
print(A.lst, a.lst is b.lst)
a.lst = ["own"]
print(a.lst, b.lst, A.lst)
class B:
    n = 0
    def inc(self):
        self.n += 1
b1 = B()
b1.inc()
b1.inc()
print(b1.n, B.n)
