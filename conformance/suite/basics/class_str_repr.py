# __str__ and __repr__ are used by str(), repr(), print and containers
class A:
    def __repr__(self):
        return "A-repr"
class B(A):
    def __str__(self):
        return "B-str"
print(A(), str(A()), repr(A()), [A()])
print(B(), str(B()), repr(B()), [B()], "%s %r" % (B(), B()))
