# super() with no args, with explicit args, in __init__ and in classmethods
class A:
    def __init__(self):
        self.log = ["A"]
    def m(self):
        return "A.m"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def m(self):
        return "B>" + super(B, self).m()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
b = B()
print(b.log, b.m(), B.cm(), b.cm())
