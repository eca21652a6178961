# subclassing list keeps list behaviour and adds methods
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2])
m.append(3)
print(m, m.total(), len(m), isinstance(m, list), m[1:])
