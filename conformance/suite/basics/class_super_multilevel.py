# super() chains through several levels of single inheritance
class L0:
    def f(self):
        return 0
class L1(L0):
    def f(self):
        return 1 + super().f()
class L2(L1):
    def f(self):
        return 10 + super().f()
class L3(L2):
    pass
print(L3().f(), L2().f())
