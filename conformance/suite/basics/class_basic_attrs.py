# class attributes vs instance attributes and shadowing
class C:
    count = 0
    items = []
    def __init__(self, n):
        self.n = n
        C.count += 1
a = C(1); b = C(2)
print(C.count, a.count, b.n)
a.count = 100
print(C.count, a.count, b.count)
a.items.append("shared")
print(b.items, C.items)
del a.count
print(a.count)
