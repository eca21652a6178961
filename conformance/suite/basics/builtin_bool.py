# bool() of values of every kind, and __bool__ / __len__
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
print(bool(), bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool({}), bool(None), bool(()), bool(T()), bool(L()), bool(object()))
