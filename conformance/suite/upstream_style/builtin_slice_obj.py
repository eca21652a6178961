s = slice(1, 5, 2)
print(s.start, s.stop, s.step)
print(slice(3).start, slice(3).stop, slice(3).step)
print([0, 1, 2, 3, 4, 5][s], "abcdef"[s])
print([0, 1, 2, 3][slice(None, None, -1)])
print(repr(slice(1, 2)), repr(slice(None)))
print(type(s))
class A:
    def __getitem__(self, k):
        return k
a = A()
k = a[1:2]
print(type(k), k.start, k.stop, k.step)
k = a[::3]
print(k.start, k.stop, k.step)
k = a[1:2, 3]
print(type(k), type(k[0]), k[1])
