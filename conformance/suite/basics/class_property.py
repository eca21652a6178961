# property with getter, setter and deleter via decorators
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        self._c = None
t = Temp()
t.c = 25
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print("ValueError", e.args)
del t.c
print(t.c)
