# without __iadd__, += falls back to __add__ and rebinds
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o)
a = V(1)
b = a
a += 5
print(a.x, b.x, a is b)
