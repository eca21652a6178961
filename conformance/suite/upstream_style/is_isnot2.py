a = [1]
b = a
print(a is b, a is [1], a is not b, None is None, None is not None)
print(type(1) is int, True is not False)
x = None
print(x is None, x is not None)
class A: pass
print(A() is A(), A is A)
