# vars() returns an object's __dict__
class C:
    pass
c = C()
c.a = 1
print(vars(c))
