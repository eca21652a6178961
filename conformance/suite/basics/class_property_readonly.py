# assigning to a property without a setter raises AttributeError
class C:
    @property
    def x(self):
        return 5
c = C()
try:
    c.x = 1
except AttributeError:
    print("AttributeError")
print(c.x)
