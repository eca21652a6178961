# __new__ runs before __init__ and can return a different object
class C:
    def __new__(cls, v):
        print("new", v)
        obj = super().__new__(cls)
        return obj
    def __init__(self, v):
        print("init", v)
        self.v = v
c = C(3)
print(c.v)
class Odd:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(Odd())
