# reversed() of sequences and __reversed__
class C:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed((1,))), list(reversed(C())))
try:
    reversed(5)
except TypeError:
    print("TypeError")
