class A:
    pass
a = A()
a.x = 1
A.y = 2
print(a.x, a.y, A.y)
a.y = 3
print(a.y, A.y)
del a.y
print(a.y)
b = A()
print(hasattr(b, "x"), b.y)
A.y = 4
print(a.y, b.y)
