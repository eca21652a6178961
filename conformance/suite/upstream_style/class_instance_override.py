class A:
    def f(self):
        return "method"
a = A()
print(a.f())
a.f = lambda: "instance"
print(a.f(), A().f())
del a.f
print(a.f())
