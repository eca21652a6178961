# bound methods remember their instance; functions on the class are plain functions
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
m = C(5).get
print(m(), C.get(C(6)), [f() for f in [C(1).get, C(2).get]])
