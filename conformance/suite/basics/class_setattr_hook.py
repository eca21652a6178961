# __setattr__ intercepts every assignment
class C:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
c = C()
c.a = 5
print(c.a)
