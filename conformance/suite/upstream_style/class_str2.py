class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
a = A()
print(a, str(a), repr(a), [a], (a,), "%s %r" % (a, a), "{} {!r}".format(a, a))
class B:
    def __repr__(self):
        return "B-repr"
print(B(), str(B()), [B()])
class C:
    def __str__(self):
        return "C-str"
print(C(), str(C()))
print(repr(C()).startswith("<"), repr(C()).endswith(">"))
class D:
    def __str__(self):
        return 5
try:
    str(D())
except TypeError:
    print("TypeError")
