# dir() of a user object lists its attributes (sorted here)
class C:
    cls_attr = 1
    def method(self):
        pass
c = C()
c.inst = 2
names = [n for n in dir(c) if not n.startswith("__")]
print(sorted(names))
