# subclassing int keeps the value and adds methods
class MyInt(int):
    def double(self):
        return self * 2

m = MyInt(21)
print(m, m.double(), m + 1, isinstance(m, int))
print(MyInt("7") + 0)
