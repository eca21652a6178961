print(len(""), len("abc"), len(b"ab"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)), len(bytearray(4)))
class A:
    def __len__(self):
        return 7
print(len(A()))
for x in (1, None, 1.5, len):
    try:
        len(x)
    except TypeError:
        print("TypeError")
class B: pass
try:
    len(B())
except TypeError:
    print("TypeError")
try:
    len()
except TypeError:
    print("TypeError")
