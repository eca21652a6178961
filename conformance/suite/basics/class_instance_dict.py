# instances keep their attributes in __dict__
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
print(sorted(c.__dict__.items()))
print("cls_attr" in c.__dict__)
