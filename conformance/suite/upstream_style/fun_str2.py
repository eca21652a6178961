def f():
    pass
print(str(f).startswith("<function f"), repr(f).endswith(">"))
print(str(len), repr(print), repr(abs))
class A:
    def m(self):
        pass
print(repr(A().m).startswith("<bound method"))
print(str(A).startswith("<class '"), str(A).endswith("A'>"))
print(repr(int), repr(str), repr(type), repr(object), repr(list), repr(dict))
print(repr(ValueError), repr(Exception))
print(repr(None), repr(...), repr(NotImplemented))
