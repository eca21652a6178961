class MyInt(int):
    def double(self):
        return self * 2
m = MyInt(5)
print(m, m + 1, m.double(), type(m + 1).__name__, isinstance(m, int))
class MyList(list):
    def first(self):
        return self[0]
l = MyList([3, 4])
l.append(5)
print(l, l.first(), len(l), type(l).__name__)
class MyDict(dict):
    pass
d = MyDict(a=1)
d["b"] = 2
print(sorted(d.items()), isinstance(d, dict))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("x") == "x", len(MyStr("abc")))
class MyTuple(tuple):
    pass
print(MyTuple((1, 2)), MyTuple((1, 2))[1])
