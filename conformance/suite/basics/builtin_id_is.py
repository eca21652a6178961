# id() is stable for one object and differs between live objects (values not printed)
a = [1]
b = [1]
print(id(a) == id(a), id(a) == id(b), a is not b, a == b)
