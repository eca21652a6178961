class A:
    def __init__(self, v):
        self.v = v
    def double(self):
        return self.v * 2
class B:
    def __init__(self):
        self.v = 7
print(A.double(B()))
print(A.__init__ is A.__init__)
a = A(1)
A.__init__(a, 9)
print(a.v)
