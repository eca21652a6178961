print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1,))), list(reversed([])))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class R:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(R())))
for bad in (5, None):
    try:
        reversed(bad)
    except TypeError:
        print("TypeError")
