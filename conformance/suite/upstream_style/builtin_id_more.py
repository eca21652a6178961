a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]) and False)
print(type(id(a)))
x = object()
print(id(x) == id(x))
l = [object() for _ in range(5)]
print(len(set(id(o) for o in l)))
