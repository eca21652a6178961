class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(L(0)), bool(L(2)), not L(0))
if L(1):
    print("truthy")
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError:
    print("ValueError")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError")
