class A:
    def __init__(self):
        self.items = [1, 2, 3]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __bool__(self):
        return True
    def __eq__(self, o):
        return self.items == o
    def __hash__(self):
        return 0
a = A()
print(len(a), a[0], a[-1], a[0:2], list(a), 2 in a, bool(a), a == [1, 2, 3], a != [1])
try:
    a[10]
except IndexError:
    print("IndexError")
print(hash(a), {a: 1}[a])
