# truthiness uses __bool__ first, then __len__
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class BL(L):
    def __bool__(self):
        return True
print(bool(L(0)), bool(L(2)), bool(BL(0)), "yes" if L(1) else "no")
