# classmethod receives the class, staticmethod receives nothing
class C:
    name = "C"
    @classmethod
    def make(cls):
        return cls.name
    @staticmethod
    def add(a, b):
        return a + b
class D(C):
    name = "D"
print(C.make(), D.make(), D().make(), C.add(1, 2), C().add(3, 4))
