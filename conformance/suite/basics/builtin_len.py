# len() of builtins and objects with __len__
class C:
    def __len__(self):
        return 7
print(len("abc"), len([1]), len(()), len({1: 2}), len(range(4)), len(b"xy"), len(C()))
try:
    len(5)
except TypeError:
    print("TypeError")
